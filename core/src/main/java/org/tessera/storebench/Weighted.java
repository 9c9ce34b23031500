package org.tessera.storebench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Values drawn at random by relative weight, in a fixed order so a seeded draw repeats exactly. */
final class Weighted<T> {
    private final List<T> values = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    void add(T value, double weight) {
        if (!(weight > 0)) throw new IllegalArgumentException("weight of " + value + " must be positive, not " + weight);
        total += weight;
        values.add(value);
        cumulative.add(total);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    T draw(Random random) {
        double x = random.nextDouble() * total;
        int lo = 0;
        int hi = values.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative.get(mid) > x) hi = mid;
            else lo = mid + 1;
        }
        return values.get(lo);
    }
}
