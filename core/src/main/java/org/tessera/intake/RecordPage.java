package org.tessera.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tessera.model.RawDocument;

/**
 * A record that carries a title, date or URL beside its text (a JSON Lines line, a feed item),
 * handed on as a small HTML page built with jsoup: the HTML path of {@link Intake} then reads the
 * date as a page date and the URL as the canonical one, and escaping is jsoup's job.
 *
 * @param title      may be null or blank
 * @param date       as the record gives it; may be null or blank
 * @param url        may be null or blank
 * @param paragraphs plain-text paragraphs; may be null
 * @param bodyHtml   HTML body text; may be null
 */
record RecordPage(String id, String origin, String title, String date, String url, List<String> paragraphs, String bodyHtml) {
    RawDocument document() {
        Document doc = Document.createShell(url == null ? "" : url);
        doc.outputSettings().prettyPrint(false);
        if (present(title)) doc.title(title.strip());
        if (present(date)) doc.head().appendElement("meta").attr("property", "article:published_time").attr("content", date.strip());
        if (present(url)) doc.head().appendElement("link").attr("rel", "canonical").attr("href", url.strip());
        Element article = doc.body().appendElement("article");
        if (present(title)) article.appendElement("h1").text(title.strip());
        if (paragraphs != null) for (String p : paragraphs) article.appendElement("p").text(p);
        if (bodyHtml != null) article.appendElement("div").append(bodyHtml);
        return new RawDocument(id, origin, doc.outerHtml().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
