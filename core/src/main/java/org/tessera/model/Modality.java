package org.tessera.model;

import java.util.Locale;

/** Whether the text says the event happened. Aggregates count ASSERTED and REPORTED by default. */
public enum Modality {
    ASSERTED, NEGATED, FUTURE, HYPOTHETICAL, REPORTED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** True for the modalities that aggregates count by default. */
    public boolean countsAsHappened() {
        return this == ASSERTED || this == REPORTED;
    }
}
