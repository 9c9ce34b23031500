package org.tessera.bench;

/**
 * What one timed stretch of work got through.
 *
 * @param parsed sentences that were dependency-parsed (the rest were skipped by the parse filter or too long)
 */
public record Tally(long documents, long articles, long sentences, long parsed, long events, long nanos) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(documents + o.documents, articles + o.articles, sentences + o.sentences, parsed + o.parsed,
                events + o.events, nanos + o.nanos);
    }

    public Tally withNanos(long n) {
        return new Tally(documents, articles, sentences, parsed, events, n);
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public double sentencesPerSecond() {
        return per(sentences);
    }

    public double articlesPerSecond() {
        return per(articles);
    }

    public double eventsPerSecond() {
        return per(events);
    }

    private double per(long n) {
        return nanos == 0 ? 0 : n / seconds();
    }
}
