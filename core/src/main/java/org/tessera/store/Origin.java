package org.tessera.store;

import java.util.Locale;

/**
 * Which events a query counts: all of them, those Tessera coded from text, or those read in from
 * another coder's GDELT files ({@code tessera import}). Imported events live in the events table
 * beside ours, each with a row in {@code imported_events}, so one filter on that table separates
 * them and every query, aggregate and export sees both unless asked otherwise.
 */
public enum Origin {
    ALL, CODED, IMPORTED;

    /** The form the CLI and the API take: {@code all}, {@code coded}, {@code imported}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin parse(String s) {
        if (s == null || s.isBlank()) return ALL;
        for (Origin o : values())
            if (o.json().equals(s.trim().toLowerCase(Locale.ROOT))) return o;
        throw new IllegalArgumentException("origin must be all, coded or imported, not '" + s + "'");
    }

    /** The SQL condition (starting with AND, or empty) keeping this origin's events, on a column holding event ids. */
    String clause(String idColumn) {
        return switch (this) {
            case ALL -> "";
            case CODED -> " AND " + idColumn + " NOT IN (SELECT event_id FROM imported_events)";
            case IMPORTED -> " AND " + idColumn + " IN (SELECT event_id FROM imported_events)";
        };
    }
}
