package org.tessera.coding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One name in the actor dictionary.
 *
 * @param kind    what the name is
 * @param country ISO3 or organisation code
 * @param role    the role this name carries by itself ("GOV" for a capital or a minister), may be empty
 * @param name    canonical name ("Sergei Lavrov", "Russia")
 * @param from    first day the entry holds (persons' terms), null for always
 * @param to      last day the entry holds, null for open-ended
 * @param source  file and line, for evidence
 */
public record DictionaryEntry(ActorKind kind, String country, String role, String name, LocalDate from, LocalDate to,
                              String source) {
    public DictionaryEntry {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(country);
        role = role == null ? "" : role;
        name = name == null ? "" : name;
    }

    public boolean holdsOn(LocalDate d) {
        if (d == null) return to == null;
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** Days between {@code d} and the entry's term, 0 inside it. */
    public long distanceFrom(LocalDate d) {
        if (d == null || holdsOn(d)) return 0;
        if (from != null && d.isBefore(from)) return from.toEpochDay() - d.toEpochDay();
        return to == null ? 0 : d.toEpochDay() - to.toEpochDay();
    }
}
