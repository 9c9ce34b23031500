package org.tessera.model;

import java.util.Objects;

/**
 * A resolved actor.
 *
 * @param text    the words in the sentence that name it
 * @param name    canonical name where known ("Sergei Lavrov"), else empty
 * @param country ISO 3166-1 alpha-3 or organisation code ("EU", "NATO", "WST")
 * @param role    CAMEO agent type ("GOV", "MIL", ...) or empty
 * @param rule    which resolution rule produced it, for evidence ("person-dictionary", "title:foreign minister", ...)
 */
public record Actor(String text, String name, String country, String role, String rule) {
    public Actor {
        Objects.requireNonNull(country, "country");
        text = text == null ? "" : text;
        name = name == null ? "" : name;
        role = role == null ? "" : role;
        rule = rule == null ? "" : rule;
    }

    /** The CAMEO actor code: country followed by role ("RUSGOV"). */
    public String code() {
        return country + role;
    }
}
