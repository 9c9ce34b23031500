package org.tessera.coding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Term dates in dictionaries: "2004", "2004-03" or "2004-03-09"; a bare year starts on 1 January and ends on 31 December. */
final class DictionaryDates {
    private DictionaryDates() {
    }

    static Optional<LocalDate> start(String s) {
        return parse(s, false);
    }

    static Optional<LocalDate> end(String s) {
        return parse(s, true);
    }

    private static Optional<LocalDate> parse(String s, boolean end) {
        if (s == null) return Optional.empty();
        s = s.strip();
        if (s.isEmpty() || s.equals("-")) return Optional.empty();
        String[] p = s.split("-");
        try {
            int y = Integer.parseInt(p[0]);
            if (p.length == 1) return Optional.of(end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
            int m = Integer.parseInt(p[1]);
            if (p.length == 2) return Optional.of(end ? YearMonth.of(y, m).atEndOfMonth() : LocalDate.of(y, m, 1));
            return Optional.of(LocalDate.of(y, m, Integer.parseInt(p[2])));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad date '" + s + "' (want YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
}
