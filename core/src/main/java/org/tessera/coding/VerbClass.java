package org.tessera.coding;

import org.tessera.data.WordClasses;

/**
 * What a governing word does to the clause below it: negates it, plans it, asks for it, reports it,
 * or hands its subject over to its object; or, for a verb that puts out a text, lends the
 * text's words to its subject; for a verb of praise or blame, makes its object the doer of its "for" deed; or, for a
 * stative passive ("were engaged in fighting"), keeps its grammatical subject as the doer; a verb of
 * travel or meeting in the bare present of running text is a schedule; a verb of joining others' measure
 * makes a promise to join the measure itself. The words are in {@code verb-classes.tsv}, whose header
 * says what each class means; one list serves the modality detector and the argument finder, so
 * "invite" is one line with all its classes.
 */
public enum VerbClass {
    NEGATING, INTENT, IRREALIS, REALIS, SPEECH, OBJECT_CONTROL, ISSUING, JUDGING, STATIVE, ITINERARY;

    public static final String RESOURCE = "org/tessera/coding/verb-classes.tsv";

    /** Our bundled list. */
    public static WordClasses<VerbClass> bundled() {
        return WordClasses.resource(RESOURCE, VerbClass.class);
    }
}
