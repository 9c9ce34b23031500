package org.tessera.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of a {@link ThroughputBench} run, with the lines {@code tessera bench} prints; the
 * last two lines are always {@code pipeline/bare ratio=R} and {@code pipeline/reference ratio=R}
 * for one thread, for scripts to pick up.
 *
 * @param reference the pipeline with the reference annotator set, one thread
 * @param many      the pipeline on {@code threads} threads, or null when only one thread was measured
 */
public record BenchReport(int documents, Tally bare, Tally pipeline, Tally reference, Tally many, int threads, long peakHeapBytes,
                          long liveHeapBytes, long maxHeapBytes, ThroughputBench.WarmUp warmUp) {
    public BenchReport {
        Objects.requireNonNull(bare);
        Objects.requireNonNull(pipeline);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(warmUp);
    }

    /** Pipeline rate over bare rate, in sentences per second, on one thread. */
    public double ratio() {
        return bare.sentencesPerSecond() == 0 ? 0 : pipeline.sentencesPerSecond() / bare.sentencesPerSecond();
    }

    /** Pipeline rate over the reference pipeline's rate, in sentences per second, on one thread. */
    public double referenceRatio() {
        return reference.sentencesPerSecond() == 0 ? 0 : pipeline.sentencesPerSecond() / reference.sentencesPerSecond();
    }

    /** The N-thread pipeline rate over the one-thread rate, or 1 when no scaling run was made. */
    public double speedup() {
        return many == null || pipeline.sentencesPerSecond() == 0 ? 1 : many.sentencesPerSecond() / pipeline.sentencesPerSecond();
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(warmUp.documents() == 0 ? "warm-up: none" : String.format(Locale.ROOT,
                "warm-up: %d documents in %.0f s, untimed; the JIT compiled for %.1f%% of its last block's time%s", warmUp.documents(),
                warmUp.seconds(), 100 * warmUp.lastJitShare(), warmUp.settled() ? " (settled)" : " (not settled: the rates below include JIT work)"));
        out.add(line("bare annotation, 1 thread", bare, false));
        out.add(line("full pipeline,   1 thread", pipeline, true));
        out.add(line("reference,       1 thread", reference, true));
        if (many != null) out.add(line(String.format(Locale.ROOT, "full pipeline, %2d threads", threads), many, true)
                + String.format(Locale.ROOT, "  speed-up %.2fx over 1 thread", speedup()));
        out.add(String.format(Locale.ROOT, "cores kept busy (this process / rest of the machine): bare %.2f / %.2f, pipeline 1 thread %.2f / %.2f%s",
                bare.coresUsed(), bare.coresUsedByOthers(), pipeline.coresUsed(), pipeline.coresUsedByOthers(),
                many == null ? "" : String.format(Locale.ROOT, ", pipeline %d threads %.2f / %.2f", threads, many.coresUsed(), many.coresUsedByOthers())));
        out.add(String.format(Locale.ROOT, "JIT compiling during the timed runs: bare %.1f%%, pipeline 1 thread %.1f%%%s of the wall time",
                100 * bare.jitShare(), 100 * pipeline.jitShare(),
                many == null ? "" : String.format(Locale.ROOT, ", pipeline %d threads %.1f%%", threads, 100 * many.jitShare())));
        if (pipeline.storeNanos() > 0) out.add(String.format(Locale.ROOT,
                "storing (DuckDB + Lucene, one writer): %.1f s of the 1-thread pipeline (%.1f ms per document)%s",
                pipeline.storeNanos() / 1e9, pipeline.documents() == 0 ? 0 : pipeline.storeNanos() / 1e6 / pipeline.documents(),
                many == null ? "" : String.format(Locale.ROOT, ", %.1f s beside the %d-thread pipeline's workers", many.storeNanos() / 1e9, threads)));
        out.add(String.format(Locale.ROOT, "parse filter: pipeline parsed %d of %d sentences (%.1f%%), reference %d; bare parsed %d of %d",
                pipeline.parsed(), pipeline.sentences(), pct(pipeline.parsed(), pipeline.sentences()), reference.parsed(), bare.parsed(),
                bare.sentences()));
        out.add(String.format(Locale.ROOT, "peak heap: %d MiB in use of %d MiB allowed; at most %d MiB live after a GC (timed rounds, all thread counts)",
                peakHeapBytes >> 20, maxHeapBytes >> 20, liveHeapBytes >> 20));
        out.addAll(StageTable.lines(pipeline, reference, many, threads));
        out.add(String.format(Locale.ROOT, "pipeline/bare ratio=%.2f", ratio()));
        out.add(String.format(Locale.ROOT, "pipeline/reference ratio=%.2f", referenceRatio()));
        return out;
    }

    private static String line(String what, Tally t, boolean events) {
        return String.format(Locale.ROOT, "%-27s %6d sentences %5d articles in %7.1f s: %7.1f sentences/s %6.2f articles/s%s",
                what + ":", t.sentences(), t.articles(), t.seconds(), t.sentencesPerSecond(), t.articlesPerSecond(),
                events ? String.format(Locale.ROOT, " %7.1f events/s (%d events)", t.eventsPerSecond(), t.events()) : "");
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
