package org.tessera.model;

import java.util.List;
import java.util.Objects;

/** An article with its annotated sentences and coreference chains (each chain's first element is its representative). */
public record AnnotatedArticle(Article article, List<AnnotatedSentence> sentences, List<List<CorefMention>> coref) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        coref = coref.stream().map(List::copyOf).toList();
    }
}
