package org.tessera.model;

import java.util.List;
import java.util.Objects;

/**
 * A document after intake: its cleaned text and the articles cut from it. Each article's
 * {@code offset} points into {@code cleanText}.
 */
public record CleanDocument(String id, String origin, String cleanText, List<Article> articles) {
    public CleanDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cleanText, "cleanText");
        articles = List.copyOf(articles);
    }
}
