package org.tessera.pipeline;

import java.util.Objects;
import org.tessera.coding.ArticleCoder;
import org.tessera.nlp.ArticleAnnotator;

/** What the pipeline runs on an article of one language: its annotator, then its coders and the finishing step. */
public record LanguageStage(ArticleAnnotator annotator, ArticleCoder coder) {
    public LanguageStage {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(coder, "coder");
    }
}
