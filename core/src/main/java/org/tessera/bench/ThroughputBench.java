package org.tessera.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tessera.intake.Intake;
import org.tessera.intake.IntakeException;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.RawDocument;
import org.tessera.nlp.ParseFilter;
import org.tessera.nlp.StageClock;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.DocumentResult;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.ProgressMeter;
import org.tessera.store.StoreException;
import org.tessera.store.StoreWriter;

/**
 * Times the pipeline against a reference and against bare annotation on the same input in the same JVM.
 * <p>
 * <b>Pipeline</b> is what {@code tessera code} does: intake, annotation (the coder's annotator set,
 * parsing only the sentences the coder's parse filter accepts), coding, and optionally storing into
 * a temporary DuckDB store as {@code tessera ingest} does, run by the real {@link BatchRunner}.
 * <b>Reference</b> is the same pipeline with the annotator set Tessera ran before it was measured
 * stage by stage ({@link org.tessera.nlp.AnnotatorSet#REFERENCE}), so that the gain is a ratio
 * measured side by side. <b>Bare</b> is the pipeline's own annotators with the dependency parser on
 * every sentence, over articles that intake already produced: what annotation costs without the
 * parse filter. Every one-thread run books the time of each step (intake, annotator steps, coders,
 * store) to its {@link Tally}'s stages.
 * <p>
 * After an untimed warm-up the input is cut into rounds. In each round bare, the one-thread
 * pipeline and the reference alternate document by document (which goes first rotates too), and the pipeline on N
 * threads runs over the same documents before or after them (alternating from round to round), so
 * that a burst of load from elsewhere on the machine hits all of them alike and the ratios stay
 * meaningful on a noisy machine. The one-thread pipeline runs each document on the bench's own
 * thread exactly as a {@link BatchRunner} worker would; the N-thread run uses the runner itself.
 */
public final class ThroughputBench {
    /**
     * The untimed warm-up runs documents (from the start of the input, wrapping round) through bare,
     * the one-thread pipeline and the N-thread pipeline, in blocks, until the JIT compilers have
     * settled: a HotSpot JVM keeps compiling CoreNLP's large code base for minutes, on a core the
     * timed work does not use, which flatters the one-thread run and crowds the N-thread one.
     *
     * @param threads         worker threads for the scaling run (1: no scaling run)
     * @param chunks          how many interleaved rounds the input is cut into
     * @param warmupDocuments documents the warm-up runs at least
     * @param warmupSeconds   the most the warm-up runs (it stops earlier once the JIT is quiet); 0 with no
     *                        minimum documents: no warm-up
     * @param jitQuiet        the JIT counts as quiet when it compiles for less than this share of a block's
     *                        wall time, twice in a row
     */
    public record Settings(int threads, int chunks, int warmupDocuments, int warmupSeconds, double jitQuiet) {
        public static final int BLOCK = 8;

        public Settings {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
            if (chunks < 1) throw new IllegalArgumentException("chunks must be at least 1");
            if (warmupDocuments < 0) throw new IllegalArgumentException("warm-up must not be negative");
            if (warmupSeconds < 0) throw new IllegalArgumentException("warm-up seconds must not be negative");
            if (jitQuiet < 0) throw new IllegalArgumentException("the JIT's quiet share must not be negative");
        }
    }

    private final Pipeline pipeline;
    private final Pipeline reference;
    private final Intake intake;
    private final IntakeOptions intakeOptions;
    private final Settings settings;
    private final PrintStream progress;
    private final boolean verbose;
    private final boolean store;

    /**
     * @param progress where progress lines go (stderr in the CLI); {@code verbose} false keeps it to phase lines
     * @param store    whether the pipeline also stores every result, as {@code tessera ingest} does, in
     *                 temporary stores (DuckDB and Lucene) that are deleted afterwards
     */
    public ThroughputBench(Pipeline pipeline, Pipeline reference, IntakeOptions intakeOptions, Settings settings, PrintStream progress,
                           boolean verbose, boolean store) {
        this.pipeline = Objects.requireNonNull(pipeline);
        this.reference = Objects.requireNonNull(reference);
        // The bench runs every document several times; reused annotations would time nothing.
        if (pipeline.reusesReposts() || reference.reusesReposts())
            throw new IllegalArgumentException("the bench needs pipelines without the repost cache");
        this.intakeOptions = Objects.requireNonNull(intakeOptions);
        this.intake = new Intake(intakeOptions);
        this.settings = Objects.requireNonNull(settings);
        this.progress = Objects.requireNonNull(progress);
        this.verbose = verbose;
        this.store = store;
    }

    public BenchReport run(List<RawDocument> docs) {
        if (docs.isEmpty()) throw new IllegalArgumentException("nothing to benchmark: no documents");
        try (TemporaryStores stores = store ? TemporaryStores.create() : TemporaryStores.none()) {
            return run(docs, stores);
        }
    }

    private BenchReport run(List<RawDocument> docs, TemporaryStores stores) {
        WarmUp warmUp = warmUp(docs, stores);
        List<List<RawDocument>> chunks = chunks(docs, settings.chunks());
        Tally bare = Tally.ZERO;
        Tally one = Tally.ZERO;
        Tally ref = Tally.ZERO;
        Tally many = Tally.ZERO;
        try (HeapWatcher heap = new HeapWatcher()) {
            for (int c = 0; c < chunks.size(); c++) {
                List<RawDocument> chunk = chunks.get(c);
                boolean scalingFirst = c % 2 == 1;
                if (scalingFirst && settings.threads() > 1) many = many.plus(scaling(chunk, c, chunks.size(), stores));
                progress.printf("bench: round %d/%d: bare annotation, pipeline and reference, 1 thread, in turn per document (%d documents)%n",
                        c + 1, chunks.size(), chunk.size());
                // Per document, so that load from elsewhere on the machine falls on all three alike.
                for (int i = 0; i < chunk.size(); i++) {
                    RawDocument d = chunk.get(i);
                    List<Article> articles = articles(List.of(d));
                    for (int k = 0; k < 3; k++) {
                        switch ((i + c + k) % 3) {
                            case 0 -> bare = bare.plus(bare(articles));
                            case 1 -> one = one.plus(pipelineInline(pipeline, d, stores.oneThread()));
                            default -> ref = ref.plus(pipelineInline(reference, d, stores.reference()));
                        }
                    }
                }
                if (!scalingFirst && settings.threads() > 1) many = many.plus(scaling(chunk, c, chunks.size(), stores));
                progress.printf("bench: after round %d/%d: bare %.1f, pipeline %.1f, reference %.1f sentences/s (1 thread)%s%n", c + 1,
                        chunks.size(), bare.sentencesPerSecond(), one.sentencesPerSecond(), ref.sentencesPerSecond(),
                        settings.threads() > 1 ? String.format(", %.1f sentences/s (%d threads)", many.sentencesPerSecond(), settings.threads()) : "");
            }
            long flushOne = stores.flush(stores.oneThread());
            one = one.plus(Tally.ZERO.withNanos(flushOne).withStoreNanos(flushOne));
            long flushRef = stores.flush(stores.reference());
            ref = ref.plus(Tally.ZERO.withNanos(flushRef).withStoreNanos(flushRef));
            long flushMany = stores.flush(stores.manyThreads());
            many = many.plus(Tally.ZERO.withNanos(flushMany).withStoreNanos(flushMany));
            return new BenchReport(docs.size(), bare, one, ref, settings.threads() > 1 ? many : null, settings.threads(),
                    heap.peakBytes(), heap.liveBytes(), HeapWatcher.maxBytes(), warmUp);
        }
    }

    /** What the warm-up did: documents run, seconds, and the JIT's share of its last block. */
    public record WarmUp(int documents, double seconds, double lastJitShare, boolean settled) {
        static final WarmUp NONE = new WarmUp(0, 0, 0, false);
    }

    private WarmUp warmUp(List<RawDocument> docs, TemporaryStores stores) {
        if (settings.warmupDocuments() == 0 && settings.warmupSeconds() == 0) return WarmUp.NONE;
        long start = System.nanoTime();
        int done = 0;
        int quietBlocks = 0;
        while (true) {
            // Without a time limit the warm-up is exactly its minimum documents. Blocks stop at the
            // end of the input, where a new pass starts on empty stores.
            int wanted = settings.warmupSeconds() == 0 ? settings.warmupDocuments() - done : Settings.BLOCK;
            int size = Math.min(Math.min(Settings.BLOCK, wanted), docs.size() - done % docs.size());
            if (done > 0 && done % docs.size() == 0) stores.renewWarmUp();
            List<RawDocument> block = new ArrayList<>(size);
            for (int i = 0; i < size; i++) block.add(docs.get((done + i) % docs.size()));
            long t0 = System.nanoTime();
            long jit0 = CpuClock.jitNanos();
            for (RawDocument d : block) {
                bare(articles(List.of(d)));
                pipelineInline(pipeline, d, stores.warmUpOneThread());
                pipelineInline(reference, d, stores.warmUpReference());
            }
            if (settings.threads() > 1) pipeline(block, settings.threads(), stores.warmUpManyThreads());
            double share = (double) (CpuClock.jitNanos() - jit0) / Math.max(1, System.nanoTime() - t0);
            done += size;
            quietBlocks = share < settings.jitQuiet() ? quietBlocks + 1 : 0;
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.printf(Locale.ROOT, "bench: warm-up: %d documents in %.0f s; JIT compiling %.1f%% of the last block's time%n",
                    done, seconds, 100 * share);
            boolean enough = done >= settings.warmupDocuments();
            if (enough && (quietBlocks >= 2 || settings.warmupSeconds() == 0)) return new WarmUp(done, seconds, share, quietBlocks >= 2);
            if (enough && seconds >= settings.warmupSeconds()) {
                progress.printf(Locale.ROOT, "bench: warm-up stopped at its limit of %d s before the JIT settled%n", settings.warmupSeconds());
                return new WarmUp(done, seconds, share, false);
            }
        }
    }

    private Tally scaling(List<RawDocument> chunk, int c, int of, TemporaryStores stores) {
        progress.printf("bench: round %d/%d: pipeline, %d threads (%d documents)%n", c + 1, of, settings.threads(), chunk.size());
        return pipeline(chunk, settings.threads(), stores.manyThreads());
    }

    /** The articles intake makes of the documents, in the languages the pipeline codes. Untimed: bare starts after intake. */
    private List<Article> articles(List<RawDocument> docs) {
        List<Article> out = new ArrayList<>();
        for (RawDocument d : docs) {
            try {
                for (Article a : intake.clean(d).articles()) if (pipeline.stage(a.language()) != null) out.add(a);
            } catch (IntakeException e) {
                // The pipeline run reports it; bare simply has nothing to annotate here.
            }
        }
        return out;
    }

    /** Annotates every sentence and parses every one (within the length limit), on this thread. */
    Tally bare(List<Article> articles) {
        StageClock.Snapshot s0 = pipeline.stageTimes();
        long t0 = System.nanoTime();
        CpuClock.Reading c0 = CpuClock.now();
        Tally sum = Tally.ZERO;
        for (Article a : articles) sum = sum.plus(count(pipeline.stage(a.language()).annotator().annotate(a, ParseFilter.ALL)));
        return sum.timedSince(t0, c0).withStages(pipeline.stageTimes().minus(s0));
    }

    /**
     * One document through {@code p} (and into the store) on this thread, as a {@link BatchRunner} worker and its sink would.
     * Nothing else runs meanwhile, so the change in {@code p}'s stage clocks is this document's.
     */
    Tally pipelineInline(Pipeline p, RawDocument d, StoreWriter writer) {
        StageClock.Snapshot s0 = p.stageTimes();
        long t0 = System.nanoTime();
        CpuClock.Reading c0 = CpuClock.now();
        DocumentResult r = p.process(d);
        long stored = store(writer, d, r);
        StageClock.Snapshot stages = p.stageTimes().minus(s0);
        if (writer != null) stages = stages.plus(new StageClock.Snapshot(java.util.Map.of("store", new StageClock.Stage(stored, 1))));
        return count(r).withStoreNanos(stored).timedSince(t0, c0).withStages(stages);
    }

    /** Writes the result as {@code ingest} does (several documents to a transaction); returns the nanoseconds it took. */
    private long store(StoreWriter writer, RawDocument d, DocumentResult r) {
        if (writer == null) return 0;
        long t0 = System.nanoTime();
        try {
            writer.stage(d, r, StoreWriter.Batch.DEFAULT, stored -> { });
        } catch (StoreException e) {
            progress.println("bench: " + e.getMessage());
        }
        return System.nanoTime() - t0;
    }

    private static Tally count(DocumentResult r) {
        Tally sum = new Tally(1, 0, 0, 0, 0, 0);
        for (ArticleResult a : r.articles()) {
            if (!a.wasCoded()) continue;
            Tally t = count(a.annotated());
            sum = sum.plus(new Tally(0, t.articles(), t.sentences(), t.parsed(), a.events().size(), 0));
        }
        return sum;
    }

    /** The full pipeline through the batch runner, storing results as {@code tessera ingest} does. */
    Tally pipeline(List<RawDocument> docs, int threads, StoreWriter writer) {
        Tally[] sum = {Tally.ZERO};
        int[] next = {0};
        ProgressMeter meter = new ProgressMeter(progress, docs.size(), verbose);
        StageClock.Snapshot s0 = pipeline.stageTimes();
        long t0 = System.nanoTime();
        CpuClock.Reading c0 = CpuClock.now();
        long[] storing = {0};
        // The runner hands results to the sink on the calling thread, in input order: no locking needed.
        new BatchRunner(pipeline, threads).run(docs, r -> {
            long stored = store(writer, docs.get(next[0]++), r);
            storing[0] += stored;
            sum[0] = sum[0].plus(count(r).withStoreNanos(stored));
        }, meter);
        StageClock.Snapshot stages = pipeline.stageTimes().minus(s0);
        if (writer != null) stages = stages.plus(new StageClock.Snapshot(java.util.Map.of("store", new StageClock.Stage(storing[0], docs.size()))));
        return sum[0].timedSince(t0, c0).withStages(stages);
    }

    private static Tally count(AnnotatedArticle a) {
        long parsed = 0;
        for (AnnotatedSentence s : a.sentences()) if (s.parsed()) parsed++;
        return new Tally(0, 1, a.sentences().size(), parsed, 0, 0);
    }

    /** Contiguous, non-empty pieces of about equal size in bytes (a stand-in for sentences before annotation). */
    static List<List<RawDocument>> chunks(List<RawDocument> docs, int n) {
        long total = docs.stream().mapToLong(d -> d.content().length).sum();
        int pieces = Math.min(n, docs.size());
        List<List<RawDocument>> out = new ArrayList<>();
        int from = 0;
        long seen = 0;
        for (int k = 0; k < pieces; k++) {
            int end = docs.size();
            if (k < pieces - 1) {
                long target = total * (k + 1) / pieces;
                seen += docs.get(from).content().length;
                end = from + 1;
                // Leave at least one document for each later piece.
                while (end < docs.size() - (pieces - k - 1) && seen < target) seen += docs.get(end++).content().length;
            }
            out.add(docs.subList(from, end));
            from = end;
        }
        return out;
    }
}
