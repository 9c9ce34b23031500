package org.tessera.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The country or organisation name that marks a noun phrase, and the role word the phrase holds
 * outside names. {@code isHead}: the name is the phrase's head ("Russia", "the Japanese"), so the
 * name alone is the actor; otherwise it modifies a head that needs a role word ("Russian
 * authorities"). {@code placeOnly}: the name came from a place after the head ("protesters in Minsk").
 */
record GroupMarker(NameCover.Marker marker, boolean isHead, boolean placeOnly, Optional<RoleLexicon.Hit> role) {
    static Optional<GroupMarker> of(ParseView view, int head, Set<Integer> phrase, NameCover names, RoleLexicon roles, LocalDate on) {
        Set<Integer> located = locatedIn(view, head);
        Set<Integer> withPlace = new TreeSet<>(phrase);
        withPlace.addAll(located);
        return names.marker(head, withPlace, located, NameCover.Skip.NONE, on).map(m -> new GroupMarker(m, m.covers(head),
                located.contains(m.match().end() - 1) || located.contains(m.match().start()), role(view, head, phrase, names, roles)));
    }

    /**
     * The phrase's role word: one that spans the head ("Foreign Minister of Russia"), else the
     * strongest outside its "of" complements, whose role words are another actor's: "mistreatment
     * of Japanese prisoners" is no actor of its own, the prisoners are.
     */
    private static Optional<RoleLexicon.Hit> role(ParseView view, int head, Set<Integer> phrase, NameCover names, RoleLexicon roles) {
        Optional<RoleLexicon.Hit> whole = roles.strongest(view.sentence().tokens(), names.outsideNames(phrase, NameCover.Skip.NONE));
        if (whole.isEmpty() || whole.get().start() <= head && head < whole.get().end()) return whole;
        Set<Integer> own = new TreeSet<>(phrase);
        for (int c : view.prepositional(head, "of")) own.removeAll(ActorResolver.phrase(view, c));
        return roles.strongest(view.sentence().tokens(), names.outsideNames(own, NameCover.Skip.NONE));
    }

    DictionaryEntry entry() {
        return marker.entry();
    }

    /** Verbs of flight whose participle on a group names the place the group is from. */
    private static final Set<String> FLEEING = Set.of("flee", "escape");

    /** "protesters in Minsk", "officials from Moscow": a place after the head gives a group its country, weakly. */
    private static Set<Integer> locatedIn(ParseView view, int h) {
        Set<Integer> out = new TreeSet<>();
        if (!view.token(h).isNoun() || view.token(h).isProperNoun()) return out;
        for (String p : List.of("in", "from")) out.addAll(view.prepositional(h, p));
        // "refugees fleeing Liberia", "refugees fleeing the war in Liberia": where they fled from.
        for (int a : view.children(h, "acl")) {
            if (!FLEEING.contains(view.lemma(a))) continue;
            out.addAll(view.children(a, "obj"));
            for (String p : List.of("in", "from")) out.addAll(view.prepositional(a, p));
            for (int o : view.children(a, "obj")) out.addAll(view.prepositional(o, "in"));
        }
        return out;
    }
}
