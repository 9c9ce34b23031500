package org.tessera.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a PETRARCH actor file: its names (the first is canonical, the rest {@code +}
 * synonyms) and its codes, some restricted to a period ({@code [BLRGOV >940720]}).
 */
public record PetrarchActor(List<List<String>> names, List<DatedCode> codes, String origin) {
    public PetrarchActor {
        names = names.stream().map(List::copyOf).toList();
        codes = List.copyOf(codes);
    }

    /** A code and the days it holds, both ends inclusive, null for open. */
    public record DatedCode(String code, LocalDate from, LocalDate to) {
        public boolean dated() {
            return from != null || to != null;
        }

        public boolean holdsOn(LocalDate d) {
            return d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    /**
     * The code for an event on {@code date}: the first restriction that holds, else the first
     * unrestricted code, else the restriction nearest in time (PETRARCH's order of precedence).
     */
    public Optional<String> codeOn(LocalDate date) {
        for (DatedCode c : codes) if (c.dated() && c.holdsOn(date)) return Optional.of(c.code());
        for (DatedCode c : codes) if (!c.dated()) return Optional.of(c.code());
        DatedCode best = null;
        long bestGap = Long.MAX_VALUE;
        for (DatedCode c : codes) {
            long gap = date == null ? 0 : Math.min(
                    c.from() == null ? Long.MAX_VALUE : Math.abs(c.from().toEpochDay() - date.toEpochDay()),
                    c.to() == null ? Long.MAX_VALUE : Math.abs(c.to().toEpochDay() - date.toEpochDay()));
            if (best == null || gap < bestGap) {
                best = c;
                bestGap = gap;
            }
        }
        return Optional.ofNullable(best).map(DatedCode::code);
    }
}
