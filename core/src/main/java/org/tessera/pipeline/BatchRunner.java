package org.tessera.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.tessera.intake.InputExpander;
import org.tessera.model.RawDocument;

/**
 * Runs a pipeline over files and folders with N worker threads, handing results to a sink in
 * input order (so output is deterministic whatever the thread count). Errors are one line each on
 * the error sink; the batch always runs to its end.
 */
public final class BatchRunner {
    private final Pipeline pipeline;
    private final int threads;
    private final CopyFinder copies;

    public BatchRunner(Pipeline pipeline, int threads) {
        this(pipeline, threads, null);
    }

    /** With {@code copies} (null: none), copies of coded articles found before annotation are not annotated. */
    public BatchRunner(Pipeline pipeline, int threads, CopyFinder copies) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.copies = copies;
    }

    /** Expands the inputs into raw documents; problems go to {@code errors}. */
    public static List<RawDocument> expand(List<Path> inputs, long maxBytes, Consumer<String> errors) {
        InputExpander expander = new InputExpander(maxBytes);
        List<RawDocument> docs = new ArrayList<>();
        for (Path p : inputs) {
            if (!java.nio.file.Files.exists(p)) {
                errors.accept(p + ": no such file or folder");
                continue;
            }
            expander.expand(p, docs::add, errors);
        }
        return docs;
    }

    /** Processes the documents; returns the number that failed. */
    public int run(List<RawDocument> docs, Consumer<DocumentResult> sink, ProgressMeter progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "tessera-worker", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        int failed = 0;
        try {
            // A bounded window keeps memory flat on large inputs while preserving order.
            int window = threads * 4;
            List<Future<DocumentResult>> pending = new ArrayList<>();
            int next = 0;
            while (next < docs.size() || !pending.isEmpty()) {
                while (next < docs.size() && pending.size() < window) {
                    RawDocument d = docs.get(next);
                    CopyFinder.Turn turn = copies == null ? CopyFinder.noTurn() : copies.turn(next);
                    next++;
                    pending.add(pool.submit(() -> pipeline.process(d, turn)));
                }
                DocumentResult r = get(pending.remove(0));
                if (r.failed()) failed++;
                progress.done(r);
                sink.accept(r);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        return failed;
    }

    private static DocumentResult get(Future<DocumentResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Pipeline.process never throws; reaching here is a bug, reported rather than hidden.
            throw new IllegalStateException("pipeline bug: " + e.getCause(), e.getCause());
        }
    }
}
