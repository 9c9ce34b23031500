package org.tessera.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.CopyFinder;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.ProgressMeter;

/**
 * Runs the pipeline over raw documents and stores each result as it comes, in input order, several
 * documents to a transaction when they come fast ({@link StoreWriter.Batch#DEFAULT}).
 * Documents already stored (same id and content) are skipped before any work, which makes a
 * repeated ingest add nothing and a killed one resume where its last commit left off. Copies of
 * articles already coded are found before annotation and not annotated ({@link CopyFinder}).
 */
public final class Ingester {
    private final EventStore store;
    private final Supplier<Pipeline> pipeline;
    private final int threads;
    private final boolean reuseCopies;

    public Ingester(EventStore store, Pipeline pipeline, int threads) {
        this(store, () -> pipeline, threads);
        Objects.requireNonNull(pipeline);
    }

    /** With a pipeline built only when there is something new to code (CoreNLP takes long to load). */
    public Ingester(EventStore store, Supplier<Pipeline> pipeline, int threads) {
        this(store, pipeline, threads, true);
    }

    private Ingester(EventStore store, Supplier<Pipeline> pipeline, int threads, boolean reuseCopies) {
        this.store = Objects.requireNonNull(store);
        this.pipeline = Objects.requireNonNull(pipeline);
        this.threads = threads;
        this.reuseCopies = reuseCopies;
    }

    /**
     * The same, annotating copies of coded articles too instead of finding them before annotation
     * ({@link CopyFinder}); what is stored is the same, only slower (the copies benchmark compares the two).
     */
    public Ingester annotatingCopies() {
        return new Ingester(store, pipeline, threads, false);
    }

    /**
     * What an ingest did. {@code reposts}: articles coded from the annotation of an earlier article
     * with the same text in this run, instead of annotating them again; {@code copiesReused}: copies
     * of articles already coded (stored, or earlier in this run), found before annotation and not annotated.
     */
    public record Report(int documents, int skipped, int added, int failed, int articles, int copies, int events,
                         int mentions, long reposts, long copiesReused, double seconds) {
        public double articlesPerSecond() {
            return articles / Math.max(1e-3, seconds);
        }
    }

    /**
     * Ingests the documents. {@code log} receives one line per problem; {@code committed} the id of
     * each document as soon as its transaction has committed (for progress and for tests that kill
     * the process mid-way).
     */
    public Report run(List<RawDocument> docs, PrintStream err, boolean progress, Consumer<String> committed) {
        long t0 = System.nanoTime();
        StoreWriter writer = store.writer();
        writer.flush(); // repairs the search index if a previous run died between the two commits
        List<String> keys = docs.stream().map(StoreWriter::documentKey).toList();
        // Only this run's documents are looked up: a watch calls this every round on a growing store.
        Set<String> seen = new java.util.HashSet<>(writer.storedKeys(keys));
        List<RawDocument> todo = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) if (seen.add(keys.get(i))) todo.add(docs.get(i));
        int skipped = docs.size() - todo.size();
        if (skipped > 0) err.println("tessera: " + skipped + " of " + docs.size() + " documents already stored, skipped");
        int[] totals = new int[7]; // added, articles, copies, events, mentions, failed, staged
        if (todo.isEmpty()) return new Report(docs.size(), skipped, 0, 0, 0, 0, 0, 0, 0, 0, (System.nanoTime() - t0) / 1e9);
        int[] next = {0};
        ProgressMeter meter = new ProgressMeter(err, todo.size(), progress);
        Pipeline p = pipeline.get();
        long reusedBefore = p.repostsReused();
        long copiesBefore = p.copiesReused();
        CopyFinder copyFinder = reuseCopies ? new CopyFinder(store.codedArticles()) : null;
        int failed = new BatchRunner(p, threads, copyFinder).run(todo, r -> {
            RawDocument raw = todo.get(next[0]++); // BatchRunner hands results back in input order
            if (r.failed()) err.println("tessera: " + r.error());
            r.notes().forEach(n -> err.println("tessera: " + n));
            try {
                StoreWriter.Stored s = writer.stage(raw, r, StoreWriter.Batch.DEFAULT, c -> {
                    totals[0]++;
                    totals[1] += c.articles();
                    totals[2] += c.copies();
                    totals[3] += c.events();
                    totals[4] += c.mentions();
                    committed.accept(raw.id());
                });
                if (s.added()) totals[6]++;
            } catch (StoreException e) {
                totals[5]++;
                err.println("tessera: " + e.getMessage());
            }
        }, meter);
        try {
            writer.flush();
        } catch (StoreException e) {
            err.println("tessera: " + e.getMessage());
        }
        // Staged documents whose transaction failed to commit are failures too; a later run stores them.
        totals[5] += totals[6] - totals[0];
        double secs = (System.nanoTime() - t0) / 1e9;
        return new Report(docs.size(), skipped, totals[0], failed + totals[5], totals[1], totals[2], totals[3], totals[4],
                p.repostsReused() - reusedBefore, p.copiesReused() - copiesBefore, secs);
    }
}
