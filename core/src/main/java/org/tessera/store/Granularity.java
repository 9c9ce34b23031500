package org.tessera.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The width of a time bucket in dyad series, with how to name a bucket and find its bounds. Its
 * SQL name (DuckDB's {@code date_trunc} part) is a constant of ours, never user text; weeks start
 * on Monday there and here.
 */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The name in the API and on the command line: day, week, month, quarter, year. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code date_trunc} part name. */
    String sqlPart() {
        return json();
    }

    /** The granularity named {@code s} (any case), or empty. */
    public static Optional<Granularity> find(String s) {
        for (Granularity g : values()) if (g.json().equalsIgnoreCase(s)) return Optional.of(g);
        return Optional.empty();
    }

    /** The granularity named {@code s} (any case, blanks around ignored); a bad name is an {@link IllegalArgumentException}. */
    public static Granularity parse(String s) {
        return find(s.trim()).orElseThrow(() -> new IllegalArgumentException("not a period: " + s + " (day, week, month, quarter or year)"));
    }

    /** The first day of the bucket holding {@code d}. */
    public LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    /** The first day of the next bucket after the one starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** A label people read: 2024-03-05, 2024-W10, 2024-03, 2024-Q1, 2024. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT));
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
