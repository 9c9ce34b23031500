package org.tessera.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tessera.dedup.LshBands;
import org.tessera.dedup.MinHasher;
import org.tessera.dedup.NearDuplicates;
import scala.Tuple2;

/**
 * The store's story rule, run over the whole input in input order, whatever its partitioning: an
 * article is a copy of the most similar earlier story's first article that shares an LSH band key
 * with it and reaches the threshold (the earliest of equals), else it starts a story and later
 * articles are compared with it. The same test as {@code StoryGrouper} in the store, over an
 * in-memory band index instead of the database's, so the job groups exactly as {@code tessera ingest}
 * of the same files into an empty store does. It runs on the driver over the signatures alone,
 * streamed partition by partition in order: memory grows with the stories' first articles (one
 * signature each), not with the input.
 */
final class StoryAssignment {
    private final NearDuplicates dedup = NearDuplicates.defaults();
    private final LshBands bands = dedup.bands();
    private final Map<Long, List<Integer>> byBand = new HashMap<>();
    private final List<String> firstOrders = new ArrayList<>();
    private final List<long[]> firstSignatures = new ArrayList<>();
    private final Map<String, Copy> copyOf = new HashMap<>();

    /** What a copy copies: its story's first article (by order) and their estimated similarity. */
    record Copy(String original, double similarity) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Of the {@code reused} articles among {@code articles} (as for {@link #copies}), those that
     * start a story of their own in this grouping: unannotated copies whose claim did not hold,
     * because the article they were taken to copy was not coded after all and nothing else
     * earlier is similar enough. They must be annotated to give what coding every article gives.
     */
    static Set<String> startingStories(Iterator<Tuple2<String, long[]>> articles, Set<String> reused) {
        Set<String> starting = new HashSet<>(reused);
        starting.removeAll(copies(articles).keySet());
        return starting;
    }

    /**
     * Copies found in {@code articles} (article order and signature, in input order; articles the store
     * would not compare are left out): each copy's order mapped to its story's first article.
     */
    static Map<String, Copy> copies(Iterator<Tuple2<String, long[]>> articles) {
        StoryAssignment a = new StoryAssignment();
        while (articles.hasNext()) {
            Tuple2<String, long[]> next = articles.next();
            a.place(next._1(), next._2());
        }
        return a.copyOf;
    }

    private void place(String order, long[] signature) {
        long[] keys = bands.keys(signature);
        int best = -1;
        double bestSimilarity = 0;
        for (int first : candidates(keys)) {
            double s = MinHasher.similarity(signature, firstSignatures.get(first));
            if (s >= dedup.threshold() && (best < 0 || s > bestSimilarity)) {
                best = first;
                bestSimilarity = s;
            }
        }
        if (best >= 0) {
            copyOf.put(order, new Copy(firstOrders.get(best), bestSimilarity));
            return;
        }
        int id = firstOrders.size();
        firstOrders.add(order);
        firstSignatures.add(signature);
        for (long k : keys) byBand.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
    }

    /** Stories' first articles sharing a band key, each once, earliest first (so ties go to the earliest). */
    private List<Integer> candidates(long[] keys) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (long k : keys) out.addAll(byBand.getOrDefault(k, List.of()));
        return new ArrayList<>(out);
    }
}
