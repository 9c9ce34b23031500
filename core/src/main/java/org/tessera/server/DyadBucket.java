package org.tessera.server;

import java.time.LocalDate;

/**
 * Counts for one time bucket of one dyad direction.
 *
 * @param start         first day of the bucket
 * @param quadCounts    events per quad class, index 0 = quad 1 (verbal cooperation) .. 3 = quad 4
 * @param goldsteinSum  sum of the events' Goldstein values, for the mean
 */
public record DyadBucket(LocalDate start, int[] quadCounts, double goldsteinSum) {
    public DyadBucket {
        if (quadCounts.length != 4) throw new IllegalArgumentException("need four quad counts");
        quadCounts = quadCounts.clone();
    }

    public int events() {
        return quadCounts[0] + quadCounts[1] + quadCounts[2] + quadCounts[3];
    }

    @Override
    public int[] quadCounts() {
        return quadCounts.clone();
    }
}
