package org.tessera.server;

import java.time.LocalDate;

/**
 * Inclusive bounds on an event's date; either end may be null (open). An event whose date is
 * known only to the month or year is inside when the first day of that period is.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to))
            throw new IllegalArgumentException("from " + from + " is after to " + to);
    }

    public boolean contains(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
