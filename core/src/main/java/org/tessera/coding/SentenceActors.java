package org.tessera.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The actors of one sentence, by the head token of their phrase. A phrase whose name is one of
 * conjoined names ("Hungarian and Romanian officials") has one actor per name: the head's own, and
 * its companions, each held at the token of its name, so they can act on each other.
 */
public final class SentenceActors {
    private final Map<Integer, ActorMention> byHead;
    private final Map<Integer, List<Integer>> companions;

    SentenceActors(Map<Integer, ActorMention> byHead) {
        this(byHead, Map.of());
    }

    /** {@code companions}: for a phrase head, the tokens holding the other actors its phrase names. */
    SentenceActors(Map<Integer, ActorMention> byHead, Map<Integer, List<Integer>> companions) {
        this.byHead = Map.copyOf(byHead);
        this.companions = Map.copyOf(companions);
    }

    public Optional<ActorMention> at(int head) {
        return Optional.ofNullable(byHead.get(head));
    }

    /** The actor at {@code head} and its companions ("Turkish and Greek sides": TUR, then GRC); empty where none. */
    public List<ActorMention> allAt(int head) {
        List<ActorMention> out = new ArrayList<>();
        at(head).ifPresent(out::add);
        for (int c : companions.getOrDefault(head, List.of())) at(c).ifPresent(out::add);
        return out;
    }

    public Collection<ActorMention> all() {
        return new TreeMap<>(byHead).values();
    }

    public boolean isEmpty() {
        return byHead.isEmpty();
    }
}
