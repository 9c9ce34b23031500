package org.tessera.coding;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The actors of one sentence, by the head token of their phrase. */
public final class SentenceActors {
    private final Map<Integer, ActorMention> byHead;

    SentenceActors(Map<Integer, ActorMention> byHead) {
        this.byHead = Map.copyOf(byHead);
    }

    public Optional<ActorMention> at(int head) {
        return Optional.ofNullable(byHead.get(head));
    }

    public Collection<ActorMention> all() {
        return new TreeMap<>(byHead).values();
    }

    public boolean isEmpty() {
        return byHead.isEmpty();
    }
}
