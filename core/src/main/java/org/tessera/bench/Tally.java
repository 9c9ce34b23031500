package org.tessera.bench;

import java.util.Objects;
import org.tessera.nlp.StageClock;

/**
 * What one timed stretch of work got through.
 *
 * @param parsed     sentences that were dependency-parsed (the rest were skipped by the parse filter or too long)
 * @param storeNanos of {@code nanos}, the time spent writing results into the store (on the thread that writes)
 * @param jitNanos   the JIT compilers' time meanwhile (on their own threads)
 * @param stages     the time of each pipeline step within it (intake, annotator steps, coders, store), where measured
 */
public record Tally(long documents, long articles, long sentences, long parsed, long events, long nanos, long cpuNanos,
                    long machineCpuNanos, long storeNanos, long jitNanos, StageClock.Snapshot stages) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, StageClock.Snapshot.EMPTY);

    public Tally {
        Objects.requireNonNull(stages, "stages");
    }

    public Tally(long documents, long articles, long sentences, long parsed, long events, long nanos) {
        this(documents, articles, sentences, parsed, events, nanos, 0, 0, 0, 0, StageClock.Snapshot.EMPTY);
    }

    public Tally plus(Tally o) {
        return new Tally(documents + o.documents, articles + o.articles, sentences + o.sentences, parsed + o.parsed,
                events + o.events, nanos + o.nanos, cpuNanos + o.cpuNanos, machineCpuNanos + o.machineCpuNanos,
                storeNanos + o.storeNanos, jitNanos + o.jitNanos, stages.plus(o.stages));
    }

    public Tally withNanos(long n) {
        return new Tally(documents, articles, sentences, parsed, events, n, cpuNanos, machineCpuNanos, storeNanos, jitNanos, stages);
    }

    public Tally withStoreNanos(long n) {
        return new Tally(documents, articles, sentences, parsed, events, nanos, cpuNanos, machineCpuNanos, n, jitNanos, stages);
    }

    public Tally withStages(StageClock.Snapshot s) {
        return new Tally(documents, articles, sentences, parsed, events, nanos, cpuNanos, machineCpuNanos, storeNanos, jitNanos, s);
    }

    /** The JIT compilers' time as a share of the wall time (of one core). */
    public double jitShare() {
        return nanos == 0 ? 0 : (double) jitNanos / nanos;
    }

    /** With wall time and CPU time measured from {@code t0} and {@code c0} until now. */
    Tally timedSince(long t0, CpuClock.Reading c0) {
        long wall = System.nanoTime() - t0;
        CpuClock.Reading d = CpuClock.now().minus(c0);
        return new Tally(documents, articles, sentences, parsed, events, wall, d.process(), d.machine(), storeNanos, d.jit(), stages);
    }

    /** Cores this process kept busy on average (GC and library threads included). */
    public double coresUsed() {
        return nanos == 0 ? 0 : (double) cpuNanos / nanos;
    }

    /** Cores the rest of the machine kept busy meanwhile (0 where the machine figure is unknown). */
    public double coresUsedByOthers() {
        return nanos == 0 || machineCpuNanos == 0 ? 0 : Math.max(0, (double) (machineCpuNanos - cpuNanos) / nanos);
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
