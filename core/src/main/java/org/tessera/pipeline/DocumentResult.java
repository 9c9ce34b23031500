package org.tessera.pipeline;

import java.util.List;
import java.util.stream.Stream;
import org.tessera.model.CleanDocument;
import org.tessera.model.Event;

/**
 * What became of one input document. {@code error} is a one-line message naming the input when
 * the document could not be read at all; {@code notes} are lines for stderr about skipped articles.
 */
public record DocumentResult(String id, String origin, CleanDocument document, List<ArticleResult> articles,
                             List<String> notes, String error) {
    public DocumentResult {
        articles = List.copyOf(articles);
        notes = List.copyOf(notes);
    }

    public static DocumentResult failed(String id, String origin, String error) {
        return new DocumentResult(id, origin, null, List.of(), List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }

    public Stream<Event> events() {
        return articles.stream().flatMap(a -> a.events().stream());
    }
}
