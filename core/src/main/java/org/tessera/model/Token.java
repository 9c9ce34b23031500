package org.tessera.model;

/**
 * One token of an annotated sentence. Offsets are character offsets in the article text.
 *
 * @param index 0-based index in the sentence
 * @param ner   CoreNLP's named-entity tag ("PERSON", "COUNTRY", "O", ...)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** An adjective, also comparative or superlative ("ready", "willing"). */
    public boolean isAdjective() {
        return pos.startsWith("JJ");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$");
    }

    public String lowerLemma() {
        return lemma.toLowerCase(java.util.Locale.ROOT);
    }
}
