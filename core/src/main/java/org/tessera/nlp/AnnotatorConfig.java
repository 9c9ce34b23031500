package org.tessera.nlp;

import java.util.Objects;

/**
 * What the annotator runs.
 *
 * @param maxParseTokens sentences longer than this are not dependency-parsed (the parser's cost grows
 *                       with length and very long "sentences" are usually lists or run-ons without events)
 * @param maxSentenceTokens sentences longer than this are cut into pieces before any annotation
 * @param annotators     which CoreNLP annotators run: always {@link AnnotatorSet#CODER} in the product;
 *                       {@link AnnotatorSet#REFERENCE} only beside it in {@code bench}
 */
public record AnnotatorConfig(int maxParseTokens, int maxSentenceTokens, AnnotatorSet annotators) {
    public AnnotatorConfig {
        if (maxParseTokens < 5) throw new IllegalArgumentException("maxParseTokens must be at least 5");
        if (maxSentenceTokens < maxParseTokens) throw new IllegalArgumentException("maxSentenceTokens must be >= maxParseTokens");
        Objects.requireNonNull(annotators, "annotators");
    }

    /** The defaults with another parse limit; sentences are cut no shorter than they are parsed. */
    public static AnnotatorConfig forParseLimit(int maxParseTokens) {
        return new AnnotatorConfig(maxParseTokens, Math.max(maxParseTokens, defaults().maxSentenceTokens()), defaults().annotators());
    }

    public static AnnotatorConfig defaults() {
        return new AnnotatorConfig(80, 150, AnnotatorSet.CODER);
    }

    /** These settings with another annotator set. */
    public AnnotatorConfig with(AnnotatorSet set) {
        return new AnnotatorConfig(maxParseTokens, maxSentenceTokens, set);
    }
}
