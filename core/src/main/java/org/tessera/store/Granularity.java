package org.tessera.store;

import java.util.Locale;

/** The period of a time series. Its SQL name is a constant of ours, never user text. */
public enum Granularity {
    DAY("day"), WEEK("week"), MONTH("month");

    private final String sqlPart;

    Granularity(String sqlPart) {
        this.sqlPart = sqlPart;
    }

    /** The {@code date_trunc} part name. */
    String sqlPart() {
        return sqlPart;
    }

    public static Granularity parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a period: " + s + " (day, week or month)");
        }
    }
}
