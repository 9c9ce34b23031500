package org.tessera.model;

/** Where an event's date came from, as the contract's {@code date_source} names it. */
public enum DateSource {
    /** A time expression in the event's own sentence. */
    TEXT,
    /** The article's publication date (or its fallback, see {@link DocumentDateOrigin}). */
    DOCUMENT,
    /** No date at all. */
    UNKNOWN;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
