package org.tessera.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.tessera.intake.Intake;
import org.tessera.intake.IntakeException;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.RawDocument;
import org.tessera.nlp.ParseFilter;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.ProgressMeter;

/**
 * Times bare annotation against the full pipeline on the same input in the same JVM.
 * <p>
 * <b>Bare</b> is the limit we build on: the pipeline's own CoreNLP annotators (tokenize, ssplit,
 * pos, lemma, ner with SUTime and fine-grained NER) and the dependency parser on every sentence,
 * over articles that intake already produced. <b>Pipeline</b> is what {@code tessera code} does:
 * intake, annotation (parsing only the sentences the coder's parse filter accepts), coding, run by
 * the real {@link BatchRunner}.
 * <p>
 * After an untimed warm-up the input is cut into chunks; for each chunk bare (one thread), the
 * pipeline on one thread and the pipeline on N threads run back to back, in an order that rotates
 * from chunk to chunk, so that a burst of load from elsewhere on the machine hits all of them alike
 * and the ratios stay meaningful on a noisy machine.
 */
public final class ThroughputBench {
    /**
     * @param threads         worker threads for the scaling run (1: no scaling run)
     * @param chunks          how many interleaved rounds the input is cut into
     * @param warmupDocuments documents run untimed first, through both bare and pipeline
     */
    public record Settings(int threads, int chunks, int warmupDocuments) {
        public Settings {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
            if (chunks < 1) throw new IllegalArgumentException("chunks must be at least 1");
            if (warmupDocuments < 0) throw new IllegalArgumentException("warm-up must not be negative");
        }
    }

    private final Pipeline pipeline;
    private final Intake intake;
    private final IntakeOptions intakeOptions;
    private final Settings settings;
    private final PrintStream progress;
    private final boolean verbose;

    /** @param progress where progress lines go (stderr in the CLI); {@code verbose} false keeps it to phase lines */
    public ThroughputBench(Pipeline pipeline, IntakeOptions intakeOptions, Settings settings, PrintStream progress, boolean verbose) {
        this.pipeline = Objects.requireNonNull(pipeline);
        this.intakeOptions = Objects.requireNonNull(intakeOptions);
        this.intake = new Intake(intakeOptions);
        this.settings = Objects.requireNonNull(settings);
        this.progress = Objects.requireNonNull(progress);
        this.verbose = verbose;
    }

    public BenchReport run(List<RawDocument> docs) {
        if (docs.isEmpty()) throw new IllegalArgumentException("nothing to benchmark: no documents");
        int warm = Math.min(settings.warmupDocuments(), docs.size());
        if (warm > 0) {
            progress.printf("bench: warm-up on %d documents%n", warm);
            List<RawDocument> w = docs.subList(0, warm);
            bare(articles(w), 1);
            pipeline(w, 1);
            if (settings.threads() > 1) pipeline(w, settings.threads());
        }
        List<List<RawDocument>> chunks = chunks(docs, settings.chunks());
        Tally bare = Tally.ZERO;
        Tally one = Tally.ZERO;
        Tally many = Tally.ZERO;
        try (HeapWatcher heap = new HeapWatcher()) {
            for (int c = 0; c < chunks.size(); c++) {
                List<RawDocument> chunk = chunks.get(c);
                List<Article> articles = articles(chunk);
                int steps = settings.threads() > 1 ? 3 : 2;
                for (int k = 0; k < steps; k++) {
                    int step = (k + c) % steps;
                    progress.printf("bench: round %d/%d: %s%n", c + 1, chunks.size(),
                            step == 0 ? "bare annotation, 1 thread" : step == 1 ? "pipeline, 1 thread" : "pipeline, " + settings.threads() + " threads");
                    switch (step) {
                        case 0 -> bare = bare.plus(bare(articles, 1));
                        case 1 -> one = one.plus(pipeline(chunk, 1));
                        default -> many = many.plus(pipeline(chunk, settings.threads()));
                    }
                }
                progress.printf("bench: after round %d: bare %.1f sentences/s, pipeline %.1f sentences/s (1 thread)%s%n", c + 1,
                        bare.sentencesPerSecond(), one.sentencesPerSecond(),
                        settings.threads() > 1 ? String.format(", %.1f sentences/s (%d threads)", many.sentencesPerSecond(), settings.threads()) : "");
            }
            return new BenchReport(docs.size(), bare, one, settings.threads() > 1 ? many : null, settings.threads(),
                    heap.peakBytes(), HeapWatcher.maxBytes());
        }
    }

    /** The articles intake makes of the documents, in the languages the pipeline codes. Untimed: bare starts after intake. */
    private List<Article> articles(List<RawDocument> docs) {
        List<Article> out = new ArrayList<>();
        for (RawDocument d : docs) {
            try {
                for (Article a : intake.clean(d).articles()) if (intakeOptions.languages().contains(a.language())) out.add(a);
            } catch (IntakeException e) {
                // The pipeline run reports it; bare simply has nothing to annotate here.
            }
        }
        return out;
    }

    /** Annotates every sentence and parses every one (within the length limit), on {@code threads} threads. */
    Tally bare(List<Article> articles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "tessera-bench-bare", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            long t0 = System.nanoTime();
            List<Future<Tally>> futures = new ArrayList<>();
            for (Article a : articles) futures.add(pool.submit(() -> count(pipeline.annotator().annotate(a, ParseFilter.ALL))));
            Tally sum = Tally.ZERO;
            for (Future<Tally> f : futures) sum = sum.plus(get(f));
            return sum.withNanos(System.nanoTime() - t0);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The full pipeline through the batch runner, as {@code tessera code} runs it. */
    Tally pipeline(List<RawDocument> docs, int threads) {
        AtomicLong articles = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        AtomicLong events = new AtomicLong();
        ProgressMeter meter = new ProgressMeter(progress, docs.size(), verbose);
        long t0 = System.nanoTime();
        new BatchRunner(pipeline, threads).run(docs, r -> {
            for (ArticleResult a : r.articles()) {
                if (!a.wasCoded()) continue;
                Tally t = count(a.annotated());
                articles.addAndGet(t.articles());
                sentences.addAndGet(t.sentences());
                parsed.addAndGet(t.parsed());
                events.addAndGet(a.events().size());
            }
        }, meter);
        return new Tally(docs.size(), articles.get(), sentences.get(), parsed.get(), events.get(), System.nanoTime() - t0);
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

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
        }
    }
}
