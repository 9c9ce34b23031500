package org.tessera.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.Pipeline;
import org.tessera.store.EventStore;
import org.tessera.store.Ingester;

/**
 * Whether {@code ingest} keeps its memory bounded on a long input: the real {@link Ingester} over
 * N generated news articles into a store, a thousand at a time, with the heap left after a full
 * collection and the peak in use printed after each thousand. A heap that grows from one thousand
 * to the next is a leak; one that stays level is the models plus the work in flight. The articles
 * can be written to a folder, so that {@code ./tessera spark} can be checked on the same input.
 */
public final class MemoryBench {
    /** One step's figures. */
    public record Step(int from, int to, int events, double seconds, long liveAfterGcBytes, long peakBytes) {
        double articlesPerSecond() {
            return seconds <= 0 ? 0 : (to - from) / seconds;
        }
    }

    private final Pipeline pipeline;
    private final int threads;
    private final PrintStream progress;

    public MemoryBench(Pipeline pipeline, int threads, PrintStream progress) {
        this.pipeline = pipeline;
        this.threads = threads;
        this.progress = progress;
    }

    /** {@code n} distinct generated articles (seeded: the same seed gives the same articles). */
    public static List<RawDocument> articles(int n, long seed) {
        List<RawDocument> out = new ArrayList<>(n);
        // Articles run 10 to 25 sentences, so this many sentences always gives at least n articles.
        for (var a : new NewsCorpusGenerator().generate(seed, 25 * n).articles()) {
            if (out.size() == n) break;
            out.add(a.toRawDocument());
        }
        return out;
    }

    /** Writes the documents as files into {@code folder}, one per document, named by id. */
    public static void write(List<RawDocument> docs, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (RawDocument d : docs) Files.write(folder.resolve(d.id() + ".txt"), d.content());
    }

    /** Ingests the documents into a new temporary store (deleted after), step by step, printing each step's line to {@code out}. */
    public List<Step> run(List<RawDocument> docs, int step, PrintStream out) throws IOException {
        Path dir = Files.createTempDirectory("tessera-bench-memory-");
        try (EventStore store = EventStore.open(dir.resolve("store"))) {
            return run(store, docs, step, out);
        } finally {
            TemporaryStores.deleteTree(dir);
        }
    }

    private List<Step> run(EventStore store, List<RawDocument> docs, int step, PrintStream out) {
        List<Step> steps = new ArrayList<>();
        Ingester ingester = new Ingester(store, pipeline, threads);
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        try (HeapWatcher heap = new HeapWatcher()) {
            for (int from = 0; from < docs.size(); from += step) {
                int to = Math.min(docs.size(), from + step);
                heap.reset();
                long t0 = System.nanoTime();
                Ingester.Report r = ingester.run(docs.subList(from, to), quiet, false, k -> { });
                double seconds = (System.nanoTime() - t0) / 1e9;
                long peak = heap.peakBytes();
                Step s = new Step(from, to, r.events(), seconds, liveAfterFullGc(), peak);
                steps.add(s);
                out.println(line(s));
                progress.printf(Locale.ROOT, "bench-memory: %d of %d articles stored%n", to, docs.size());
            }
        }
        return steps;
    }

    static String line(Step s) {
        return String.format(Locale.ROOT, "articles %,6d-%,6d: %5d events, %5.1f articles/s; heap after a full GC %5d MiB, peak in use %5d MiB",
                s.from(), s.to(), s.events(), s.articlesPerSecond(), s.liveAfterGcBytes() >> 20, s.peakBytes() >> 20);
    }

    /** The summary: the heap after a full GC at the first and last step, and the largest peak, against the limit. */
    public static String summary(List<Step> steps) {
        if (steps.isEmpty()) return "bench-memory: nothing measured";
        long first = steps.get(0).liveAfterGcBytes();
        long last = steps.get(steps.size() - 1).liveAfterGcBytes();
        long most = steps.stream().mapToLong(Step::liveAfterGcBytes).max().orElse(0);
        long peak = steps.stream().mapToLong(Step::peakBytes).max().orElse(0);
        return String.format(Locale.ROOT, "heap after a full GC: %d MiB after the first step, %d MiB after the last (%+d MiB), at most %d MiB; "
                        + "peak in use %d MiB of %d MiB allowed",
                first >> 20, last >> 20, (last - first) >> 20, most >> 20, peak >> 20, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
    }

    /** What stays alive: the heap in use after two full collections (a bench may ask for them; the product never does). */
    private static long liveAfterFullGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
