package org.tessera.model;

import java.util.Objects;

/**
 * A resolved actor.
 *
 * @param text    the words in the sentence that name it
 * @param name    canonical name where known ("Sergei Lavrov"), else empty
 * @param country ISO 3166-1 alpha-3 or organisation code ("EU", "NATO", "WST")
 * @param role    CAMEO agent type ("GOV", "MIL", ...) or empty
 * @param resolution which resolution rule produced it and its detail, for evidence
 */
public record Actor(String text, String name, String country, String role, ActorEvidence resolution) {
    public Actor {
        Objects.requireNonNull(country, "country");
        text = text == null ? "" : text;
        name = name == null ? "" : name;
        role = role == null ? "" : role;
        resolution = resolution == null ? new ActorEvidence(null, "") : resolution;
    }

    public Actor(String text, String name, String country, String role, ActorRule rule, String detail) {
        this(text, name, country, role, ActorEvidence.of(rule, detail));
    }

    /** The contract's {@code rule} string ("country:Russia", "pronoun:person->RUSGOV"). */
    public String rule() {
        return resolution.render();
    }

    /** The resolution rule, null for an actor read back from a record that did not name one. */
    public ActorRule ruleKind() {
        return resolution.rule();
    }

    public boolean isPerson() {
        return resolution.rule() != null && resolution.rule().namesPerson();
    }

    /** The CAMEO actor code: country followed by role ("RUSGOV"). */
    public String code() {
        return country + role;
    }
}
