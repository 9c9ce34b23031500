package org.tessera.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory near-duplicate index: items go in with their text; {@link #nearest} returns the most
 * similar earlier item whose estimated Jaccard similarity reaches the threshold. Not thread-safe
 * (the mutability is in the name of its one mutator, {@link #add}). The store keeps the same band
 * keys in its database instead, so the index survives restarts; this class serves batch jobs and tests.
 */
public final class LshIndex<T> {
    private final NearDuplicates config;
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final List<T> items = new ArrayList<>();
    private final List<long[]> signatures = new ArrayList<>();

    public LshIndex(NearDuplicates config) {
        this.config = Objects.requireNonNull(config);
    }

    /** A match: the earlier item and the estimated similarity. */
    public record Match<T>(T item, double similarity) {
    }

    public Optional<Match<T>> nearest(String text) {
        return nearest(config.signature(text));
    }

    public Optional<Match<T>> nearest(long[] signature) {
        Set<Integer> candidates = new LinkedHashSet<>();
        for (long k : config.bands().keys(signature)) {
            List<Integer> b = buckets.get(k);
            if (b != null) candidates.addAll(b);
        }
        Match<T> best = null;
        for (int c : candidates) {
            double s = MinHasher.similarity(signature, signatures.get(c));
            if (s >= config.threshold() && (best == null || s > best.similarity())) best = new Match<>(items.get(c), s);
        }
        return Optional.ofNullable(best);
    }

    public void add(T item, String text) {
        add(item, config.signature(text));
    }

    public void add(T item, long[] signature) {
        int id = items.size();
        items.add(item);
        signatures.add(signature);
        for (long k : config.bands().keys(signature)) buckets.computeIfAbsent(k, x -> new ArrayList<>(2)).add(id);
    }

    public int size() {
        return items.size();
    }
}
