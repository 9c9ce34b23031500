package org.tessera.coding;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
    /** CAMEO's agent code for elites: former and future office holders among them. */
    static final String ELITE = "ELI";

    public DictionaryEntry {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(country);
        role = role == null ? "" : role;
        name = name == null ? "" : name;
    }

    /**
     * The role of an actor this name marks, given the phrase's role word: the word's ("Russian
     * troops": MIL), except that a government title in a group names the group's own leaders
     * ("Hamas spokesman", "Labour leader", "Duma chairman" keep REB, OPP, LEG), but for a people of
     * no role of its own ("Kurdish leaders": GOV); without a word, the
     * name's own role.
     */
    String roleUnder(Optional<RoleLexicon.Hit> word) {
        if (word.isEmpty() || kind == ActorKind.GROUP && word.get().role().equals("GOV") && !role.equals("-")) return role;
        return word.get().role();
    }

    /** Whether the entry holds for a period only (a term of office, a party's time in government). */
    boolean isDated() {
        return from != null || to != null;
    }

    /** The same person outside his terms: his country's elite (CAMEO ELI), no longer (or not yet) its government. */
    DictionaryEntry outOfOffice() {
        return withRole(ELITE);
    }

    /** The same name with another role: the office a title in the text gives a person outside his known terms. */
    DictionaryEntry withRole(String other) {
        return new DictionaryEntry(kind, country, other, name, from, to, source);
    }

    public boolean holdsOn(LocalDate d) {
        if (d == null) return to == null;
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
