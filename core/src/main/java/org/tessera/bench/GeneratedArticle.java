package org.tessera.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tessera.model.RawDocument;

/** A generated news article: headline, date and body sentences grouped into paragraphs. */
public record GeneratedArticle(String id, String title, LocalDate date, List<List<GeneratedSentence>> paragraphs) {
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    public GeneratedArticle {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(date);
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    public List<GeneratedSentence> sentences() {
        return paragraphs.stream().flatMap(List::stream).toList();
    }

    /** The article as a plain-text page: headline, dateline, blank-line separated paragraphs. */
    public String text() {
        StringBuilder sb = new StringBuilder(title).append('\n').append(DATELINE.format(date)).append("\n\n");
        for (List<GeneratedSentence> p : paragraphs) {
            for (int i = 0; i < p.size(); i++) sb.append(i > 0 ? " " : "").append(p.get(i).text());
            sb.append("\n\n");
        }
        return sb.toString();
    }

    public RawDocument toRawDocument() {
        return new RawDocument(id, "generated:" + id, text().getBytes(StandardCharsets.UTF_8), "text/plain",
                date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
