package org.tessera.intake;

import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body of a single-story page as Mozilla's Readability (Firefox's reader view, in the
 * Readability4J port) finds it, cut into paragraphs. Captions and photo credits are left out:
 * they describe a picture, not the news.
 */
final class ReadabilityBody {
    /** Pages without a URL still need an absolute base for Readability's link fixing. */
    private static final String NO_URL = "http://localhost/";
    private static final String CAPTIONS = "figcaption, figure, [class~=(?i)caption|credit], [itemprop=caption], [hidden], "
            + "[aria-hidden=true], [style~=(?i)display:\\s*none]";

    private static final java.util.Set<String> PROSE_PROPS = java.util.Set.of("articlebody", "text", "description", "reviewbody");

    /** The body's paragraphs, or none where Readability finds no body. Readability changes {@code doc}. */
    List<String> body(Document doc, String url) {
        // Microdata (author, keywords, dates, publisher) is often printed in a hidden block beside the text.
        for (Element e : doc.select("[itemprop]")) {
            if (!PROSE_PROPS.contains(e.attr("itemprop").toLowerCase(java.util.Locale.ROOT)) && e.text().length() < 200
                    && e.select("[itemprop=articleBody], [itemprop=text]").isEmpty()) e.remove();
        }
        Article a = new Readability4J(url == null || url.isBlank() ? NO_URL : url, doc).parse();
        Element content = a.getArticleContent();
        if (content == null) return List.of();
        content.select(CAPTIONS).remove();
        return HtmlArticleExtractor.paragraphs(content);
    }
}
