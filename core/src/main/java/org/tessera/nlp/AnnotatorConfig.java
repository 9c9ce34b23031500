package org.tessera.nlp;

/**
 * What the annotator runs.
 *
 * @param maxParseTokens sentences longer than this are not dependency-parsed (the parser's cost grows
 *                       with length and very long "sentences" are usually lists or run-ons without events)
 * @param maxSentenceTokens sentences longer than this are cut into pieces before any annotation
 * @param fineGrainedNer  CoreNLP's fine-grained NER (COUNTRY, NATIONALITY, TITLE...), used by actor resolution
 */
public record AnnotatorConfig(int maxParseTokens, int maxSentenceTokens, boolean fineGrainedNer) {
    public AnnotatorConfig {
        if (maxParseTokens < 5) throw new IllegalArgumentException("maxParseTokens must be at least 5");
        if (maxSentenceTokens < maxParseTokens) throw new IllegalArgumentException("maxSentenceTokens must be >= maxParseTokens");
    }

    /** The defaults with another parse limit; sentences are cut no shorter than they are parsed. */
    public static AnnotatorConfig forParseLimit(int maxParseTokens) {
        return new AnnotatorConfig(maxParseTokens, Math.max(maxParseTokens, defaults().maxSentenceTokens()), defaults().fineGrainedNer());
    }

    public static AnnotatorConfig defaults() {
        return new AnnotatorConfig(80, 150, true);
    }
}
