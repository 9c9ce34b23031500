package org.tessera.watch;

import java.time.Duration;

/**
 * How a watch runs.
 *
 * @param every       time from the start of one round to the start of the next
 * @param rounds      rounds to run before stopping; 0 runs until stopped
 * @param parallel    sources polled and pages fetched at once (each host is still capped by {@link FetchSettings#perHost()})
 * @param maxItems    the most items one feed or sitemap may list
 * @param maxAttempts fetches of one article before it is given up
 * @param settle      how long a dropped file must be left unchanged before it is coded
 * @param maxBackoff  the longest wait before a failing source or article is tried again
 */
public record WatchSettings(Duration every, int rounds, int parallel, int maxItems, int maxAttempts, Duration settle, Duration maxBackoff) {
    /** Pages fetched and coded together; bounds the memory that fetched pages take. */
    static final int BATCH = 16;
    /** Child sitemaps of one sitemap index read per poll. */
    static final int MAX_CHILD_SITEMAPS = 50;

    public WatchSettings {
        if (every.isNegative() || every.isZero()) throw new IllegalArgumentException("--every must be positive");
        if (rounds < 0) throw new IllegalArgumentException("--rounds must be 0 (until stopped) or more");
        if (parallel < 1) throw new IllegalArgumentException("--parallel must be at least 1");
        if (maxAttempts < 1) throw new IllegalArgumentException("--max-attempts must be at least 1");
    }

    public static WatchSettings defaults() {
        return new WatchSettings(Duration.ofMinutes(15), 0, 4, 10_000, 5, Duration.ofSeconds(2), Duration.ofHours(6));
    }

    /**
     * The wait before trying again after {@code failures} failures in a row: one round, doubling
     * with each further failure, never more than {@link #maxBackoff()}.
     */
    public Duration backoff(int failures) {
        int doublings = Math.min(Math.max(0, failures - 1), 30);
        Duration d = every.multipliedBy(1L << doublings);
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
