package org.tessera.coding;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The countries one sentence names, for actors that name none themselves. {@code located}: the one
 * country its places are in ("rioted at a jail in Kabul"), absent where none or several;
 * {@code named}: the countries its names belong to. A
 * role alone ("police") acts where the sentence places it before anywhere its article says; a
 * title before an unknown name ("President Dos Santos") takes a country only when just one is named.
 */
record SentencePlaces(Optional<String> located, Set<String> named) {
    SentencePlaces {
        named = Set.copyOf(named);
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "across", "throughout", "outside");

    static SentencePlaces of(ParseView view, NameCover names, ActorDictionary dictionary, LocalDate on) {
        Set<String> located = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        for (int i = 0; i < view.size(); i++) {
            int at = i;
            names.at(i).filter(m -> m.end() - 1 == at || view.head(at) < m.start() || view.head(at) >= m.end())
                    .flatMap(m -> ActorDictionary.best(m.entries().stream().filter(e -> e.kind() != ActorKind.PERSON).toList(), on))
                    .filter(e -> dictionary.isCountry(e.country())).ifPresent(e -> {
                        named.add(e.country());
                        boolean place = e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.CAPITAL;
                        if (place && LOCATIVE.contains(view.preposition(at))) located.add(e.country());
                    });
        }
        return new SentencePlaces(sole(located), named);
    }

    private static Optional<String> sole(Set<String> codes) {
        return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
    }
}
