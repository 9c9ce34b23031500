package org.tessera.geo;

import org.tessera.data.WordClasses;

/**
 * The prepositions and event words that make a place name the event's location. The words are
 * in {@code locative-words.tsv}, whose header says what each class means.
 */
public enum LocativeWord {
    LOCATIVE, TRAVEL, PLACE_OBJECT;

    public static final String RESOURCE = "org/tessera/geo/locative-words.tsv";

    /** Our bundled list. */
    public static WordClasses<LocativeWord> bundled() {
        return WordClasses.resource(RESOURCE, LocativeWord.class);
    }
}
