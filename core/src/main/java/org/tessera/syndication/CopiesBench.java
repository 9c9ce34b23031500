package org.tessera.syndication;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.tessera.bench.HeapWatcher;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.store.EventStore;
import org.tessera.store.Ingester;

/**
 * Ingests one corpus twice into throw-away stores, in one JVM with one loaded annotator: first
 * annotating every copy (how copies were stored before they were found ahead of annotation),
 * then finding copies before annotation. Each run gets a fresh pipeline, so its counters are its
 * own, and a fresh store. The warm-up articles run through the pipeline first, untimed, so that
 * neither run pays for the JIT alone. The verdict compares the two stores row for row
 * ({@link EventStore#codingRows()}).
 */
public final class CopiesBench {
    private final PipelineAssembly assembly;
    private final int threads;

    public CopiesBench(PipelineAssembly assembly, int threads) {
        this.assembly = Objects.requireNonNull(assembly);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
    }

    /** One ingest: articles annotated, summed annotation time, wall time, copies found before annotation, what it stored. */
    public record Run(long annotated, long sentences, Duration annotation, double wallSeconds, long copiesFound, int events, int mentions,
                      long peakHeapBytes, List<String> rows) {
        public Run {
            rows = List.copyOf(rows);
        }

        double secondsPerAnnotatedArticle() {
            return annotated == 0 ? 0 : annotation.toNanos() / 1e9 / annotated;
        }
    }

    /** Both runs, and the first row where their stores differ (null when they are equal). */
    public record Result(int documents, Run annotatingCopies, Run findingCopies, String firstDifference) {
        public boolean equal() {
            return firstDifference == null;
        }

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(line("annotating every copy", annotatingCopies));
            out.add(line("finding copies first", findingCopies));
            double saved = 1 - findingCopies.annotation().toNanos() / (double) Math.max(1, annotatingCopies.annotation().toNanos());
            out.add(String.format(Locale.ROOT, "annotation time saved: %.1f%% (%.1f s of %.1f s); sentences not annotated: %.1f%% (%d of %d)",
                    100 * saved, (annotatingCopies.annotation().toNanos() - findingCopies.annotation().toNanos()) / 1e9,
                    annotatingCopies.annotation().toNanos() / 1e9, 100 * (1 - findingCopies.sentences() / (double) Math.max(1, annotatingCopies.sentences())),
                    annotatingCopies.sentences() - findingCopies.sentences(), annotatingCopies.sentences()));
            out.add(String.format(Locale.ROOT, "events %d = %d, mentions %d = %d; stores equal row for row (%d rows): %s", annotatingCopies.events(),
                    findingCopies.events(), annotatingCopies.mentions(), findingCopies.mentions(), annotatingCopies.rows().size(),
                    equal() ? "yes" : "NO, first difference: " + firstDifference));
            return out;
        }

        private String line(String what, Run r) {
            return String.format(Locale.ROOT,
                    "%s: %d of %d articles annotated (%d sentences), %.1f s annotation (%.2f s per annotated article), %.1f s wall, "
                            + "%d copies found before annotation, peak heap %d MiB",
                    what, r.annotated(), documents, r.sentences(), r.annotation().toNanos() / 1e9, r.secondsPerAnnotatedArticle(), r.wallSeconds(),
                    r.copiesFound(), r.peakHeapBytes() >> 20);
        }
    }

    public Result run(List<RawDocument> docs, List<RawDocument> warmUp) {
        Pipeline warm = assembly.pipeline();
        for (RawDocument d : warmUp) warm.process(d);
        Run full = ingest(docs, Ingester::annotatingCopies);
        Run reusing = ingest(docs, UnaryOperator.identity());
        String difference = null;
        for (int i = 0; i < Math.max(full.rows().size(), reusing.rows().size()) && difference == null; i++) {
            String a = i < full.rows().size() ? full.rows().get(i) : "(none)";
            String b = i < reusing.rows().size() ? reusing.rows().get(i) : "(none)";
            if (!a.equals(b)) difference = "row " + i + ": " + a + " <> " + b;
        }
        return new Result(docs.size(), full, reusing, difference);
    }

    private Run ingest(List<RawDocument> docs, UnaryOperator<Ingester> how) {
        Path dir;
        try {
            dir = Files.createTempDirectory("tessera-copies-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the bench's store", e);
        }
        Pipeline pipeline = assembly.pipeline();
        try (EventStore store = EventStore.open(dir.resolve("store")); HeapWatcher heap = new HeapWatcher()) {
            long t0 = System.nanoTime();
            Ingester.Report r = how.apply(new Ingester(store, pipeline, threads))
                    .run(docs, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), false, id -> {
                    });
            double wall = (System.nanoTime() - t0) / 1e9;
            return new Run(pipeline.articlesAnnotated(), pipeline.sentencesAnnotated(), pipeline.annotationTime(), wall, r.copiesReused(), r.events(), r.mentions(),
                    heap.peakBytes(), store.codingRows());
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A left-over temporary folder is harmless; say so rather than fail the bench.
            System.err.println("bench-copies: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
