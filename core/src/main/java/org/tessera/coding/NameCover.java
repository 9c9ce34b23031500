package org.tessera.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dictionary names of one sentence, by the tokens they cover, with the two questions the
 * actor rules ask of them: which country or organisation name marks a phrase, and which of its
 * words lie outside multiword names (so "Union" in "European Union" is no role word).
 */
final class NameCover {
    /** A person's own name inside a phrase, tokens [start, end), which marks nothing; {@link #NONE} when there is none. */
    record Skip(int start, int end) {
        static final Skip NONE = new Skip(-1, -1);

        boolean contains(int i) {
            return i >= start && i < end;
        }
    }

    private final ActorDictionary.Match[] covering;

    private NameCover(ActorDictionary.Match[] covering) {
        this.covering = covering;
    }

    static NameCover of(ActorDictionary dictionary, ParseView view) {
        ActorDictionary.Match[] covering = new ActorDictionary.Match[view.size()];
        for (ActorDictionary.Match m : dictionary.find(view.sentence().tokens()))
            for (int i = m.start(); i < m.end(); i++) covering[i] = m;
        return new NameCover(covering);
    }

    Optional<ActorDictionary.Match> at(int i) {
        return Optional.ofNullable(covering[i]);
    }

    boolean covers(int i) {
        return covering[i] != null;
    }

    /** Role words inside a name do not count: "Union" in "European Union", "Minister" in a dictionary title. */
    Set<Integer> outsideNames(Set<Integer> phrase, Skip skip) {
        Set<Integer> out = new TreeSet<>();
        for (int i : phrase) {
            if (skip.contains(i)) continue;
            ActorDictionary.Match m = covering[i];
            if (m != null && m.length() > 1 && m.entries().stream().anyMatch(x -> x.kind().isBody() || x.kind() == ActorKind.COUNTRY)) continue;
            out.add(i);
        }
        return out;
    }

    /** A country or organisation name inside a phrase, with the match it came from. */
    record Marker(ActorDictionary.Match match, DictionaryEntry entry) {
        boolean covers(int i) {
            return match.start() <= i && i < match.end();
        }

        /** The same name standing for another country's namesake ("Swedish Social Democrats"). */
        Marker of(String country) {
            DictionaryEntry e = entry;
            return new Marker(match, new DictionaryEntry(e.kind(), country, e.role(), e.name(), e.from(), e.to(), e.source()));
        }
    }

    /**
     * The phrase's country or organisation marker nearest its head, an organisation before a
     * country at equal distance; tokens in {@code weak} (a place after the head) rank last.
     */
    Optional<Marker> marker(int head, Set<Integer> phrase, Set<Integer> weak, Skip skip, LocalDate on) {
        Optional<Marker> best = nearest(head, phrase, weak, skip, on, false);
        // A group's name with another country's nationality is that country's namesake party or body.
        return best.map(b -> b.entry().kind() != ActorKind.GROUP ? b : nearest(head, phrase, weak, skip, on, true)
                .filter(c -> !weak.contains(c.match().start()) && !c.entry().country().equals(b.entry().country()))
                .map(c -> b.of(c.entry().country())).orElse(b));
    }

    private Optional<Marker> nearest(int head, Set<Integer> phrase, Set<Integer> weak, Skip skip, LocalDate on, boolean countryOnly) {
        Marker best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i : phrase) {
            ActorDictionary.Match m = covering[i];
            if (m == null || skip.contains(i)) continue;
            Optional<DictionaryEntry> e = ActorDictionary.best(m.entries().stream()
                    .filter(x -> x.kind() != ActorKind.PERSON && !(countryOnly && x.kind().isBody())).toList(), on);
            if (e.isEmpty()) continue;
            int rank = 2 * Math.abs(head - i) + (e.get().kind().isBody() ? 0 : 1) + (weak.contains(i) ? 20 : 0);
            if (best == null || rank < bestRank || (rank == bestRank && m.length() > best.match().length())) {
                best = new Marker(m, e.get());
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The dictionary entries of the name covering token i; none where no name does. */
    List<DictionaryEntry> entriesAt(int i) {
        return covering[i] == null ? List.of() : covering[i].entries();
    }
}
