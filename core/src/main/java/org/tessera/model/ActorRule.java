package org.tessera.model;

import java.util.Arrays;

/**
 * Which resolution rule named an actor: one constant per row of the actor table in
 * {@code docs/coding.md}, plus the rule of actors that come from a user's PETRARCH dictionaries.
 * The {@link #label() label} is what the contract's {@code rule} field has always printed before
 * the rule's detail, so the JSON reads as it did.
 */
public enum ActorRule {
    /** A person of the people dictionary, in office on the article date. */
    PERSON_DICTIONARY("person-dictionary", true),
    /** An unknown person named with a title and a country ("Foreign Ministry spokeswoman Maria Zakharova"). */
    TITLED_PERSON("titled-person", true),
    /** A name met earlier in the article. */
    REMEMBERED("remembered", true),
    /** He, she, him, her, his: an antecedent person. */
    PRONOUN_PERSON("pronoun:person", true),
    /** It, its: an antecedent group. */
    PRONOUN_GROUP("pronoun:group", false),
    /** A capital or seat of government standing for its government ("Moscow", "the Kremlin"). */
    CAPITAL("capital", false),
    /** A country named outright. */
    COUNTRY("country", false),
    /** An organisation of the organisation dictionary. */
    ORGANISATION("organisation", false),
    /** A group of the group or domestic-body dictionaries ("Hamas", "Amnesty International", "Labour"). */
    GROUP("group", false),
    /** A role word with a country or organisation marker ("Russian authorities"). */
    TITLE("title", false),
    /** A nationality standing for its people ("the Japanese"). */
    PEOPLE("people", false),
    /** A domestic agent named by its role alone ("police", "the opposition"), in the article's country. */
    AGENT("agent", false),
    /**
     * The source's own country, standing in for the target of a one-actor event the text gives no
     * target ("protesters marched in Paris", "the minister resigned"), as the codebook codes them.
     */
    OWN_COUNTRY("own-country", false),
    /**
     * The country of the place a one-actor attack or measure falls on, standing in for its target
     * ("Israeli tanks fired at targets in Jericho", "rebels shelled Juba").
     */
    PLACE("place", false),
    /** An actor code found by a PETRARCH/TABARI actor or agent dictionary. */
    PETRARCH_DICTIONARY("petrarch-actor", false);

    private final String label;
    private final boolean person;

    ActorRule(String label, boolean person) {
        this.label = label;
        this.person = person;
    }

    public String label() {
        return label;
    }

    /** Whether the rule names a person (for pronouns and the article memory), rather than a group or state. */
    public boolean namesPerson() {
        return person;
    }

    public boolean isPronoun() {
        return this == PRONOUN_PERSON || this == PRONOUN_GROUP;
    }

    /** The rule and its detail as the contract's {@code rule} field prints them ("country:Russia", "pronoun:person->RUSGOV"). */
    public String render(String detail) {
        if (detail == null || detail.isEmpty()) return label;
        return label + (isPronoun() ? "->" : ":") + detail;
    }

    /** The rule of a label, or null for none or an unknown one: reads our own JSON back. */
    public static ActorRule ofLabel(String label) {
        return label == null ? null : Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst().orElse(null);
    }

    /** The rule whose {@link #render rendering} starts {@code rendered}: reads our own JSON back, nothing else. */
    public static ActorRule ofRendered(String rendered) {
        return Arrays.stream(values()).filter(r -> rendered.equals(r.label) || rendered.startsWith(r.label + (r.isPronoun() ? "->" : ":")))
                .findFirst().orElse(null);
    }
}
