package org.tessera.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A calendar date known to year, month or day precision ("2021", "2021-05", "2021-05-28").
 * Month and day are 0 when unknown; a day is never known without its month.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day < 0 || day > 31 || (month == 0 && day != 0))
            throw new IllegalArgumentException("day out of range: " + day);
        if (day != 0) LocalDate.of(year, month, day); // validates e.g. Feb 30
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofMonth(YearMonth ym) {
        return new PartialDate(ym.getYear(), ym.getMonthValue(), 0);
    }

    /** Parses "2021", "2021-05" or "2021-05-28"; empty for anything else. */
    public static Optional<PartialDate> parse(String iso) {
        if (iso == null) return Optional.empty();
        try {
            String[] p = iso.trim().split("-");
            if (p.length == 1 && p[0].length() == 4) return Optional.of(ofYear(Integer.parseInt(p[0])));
            if (p.length == 2) return Optional.of(new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0));
            if (p.length == 3) return Optional.of(new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean hasDay() {
        return day != 0;
    }

    public boolean hasMonth() {
        return month != 0;
    }

    /** The first day of the period, for ordering and for date-ranged dictionary look-ups. */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    @Override
    public int compareTo(PartialDate o) {
        return start().compareTo(o.start());
    }

    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
