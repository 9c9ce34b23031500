package org.tessera.spark;

/**
 * What one run of the job did, from its counters.
 *
 * @param articlesReused near-copies recorded as mentions of the article they copy, without annotation
 * @param failures       inputs that could not be read plus documents and articles that could not be coded
 */
public record JobSummary(long files, long documents, long articlesCoded, long articlesSkipped, long articlesReused, long events,
                         long failures, double seconds) {
    public long articles() {
        return articlesCoded + articlesSkipped + articlesReused;
    }

    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : articles() / seconds;
    }

    public String line() {
        return String.format("tessera spark: %d files, %d documents, %d articles coded (%d copies reused, %d skipped), %d events, "
                        + "%d failures in %.1fs (%.2f articles/s)",
                files, documents, articlesCoded, articlesReused, articlesSkipped, events, failures, seconds, articlesPerSecond());
    }
}
