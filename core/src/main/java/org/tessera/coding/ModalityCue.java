package org.tessera.coding;

import org.tessera.data.WordClasses;

/**
 * The function words and noun modifiers that mark an event as negated, future or hypothetical:
 * negators, modal auxiliaries, conditional marks, "forthcoming", "possible". The words are in
 * {@code modality-cues.tsv}, whose header says what each class means; governing verbs are a
 * {@link VerbClass}.
 */
public enum ModalityCue {
    NEGATOR, HYPOTHETICAL_AUX, FUTURE_AUX, PAST_FUTURE_AUX, CONDITIONAL_MARK, FUTURE_MODIFIER, HYPOTHETICAL_MODIFIER, OBLIGATION_AUX;

    public static final String RESOURCE = "org/tessera/coding/modality-cues.tsv";

    /** Our bundled list. */
    public static WordClasses<ModalityCue> bundled() {
        return WordClasses.resource(RESOURCE, ModalityCue.class);
    }
}
