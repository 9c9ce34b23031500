package org.tessera.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.tessera.intake.Intake;
import org.tessera.intake.IntakeException;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.CleanDocument;
import org.tessera.model.Event;
import org.tessera.model.RawDocument;
import org.tessera.nlp.StageClock;

/**
 * Raw document to events: intake, then per article the stage of its language (annotation and
 * coding); an article whose language intake could not determine ("und": too short or unclear)
 * goes to the default language's stage, as a headline or one-sentence article most likely
 * is in the language the pipeline mainly codes; an article in a language without a stage is
 * skipped with a note. A
 * repost of an article annotated recently reuses that annotation (see {@link RepostCache}); in a
 * run with a {@link CopyFinder} (what {@code ingest} and {@code watch} store), a copy of an article
 * already coded is not annotated at all and comes back as {@link ArticleResult#isCopy() a copy}.
 * Thread-safe (its stages are); never throws for bad input — a document that cannot be read
 * comes back as a failed {@link DocumentResult}, an article that breaks a stage as a skipped one.
 */
public final class Pipeline {
    private final Intake intake;
    /** Article language of a text intake could not tell (see {@link Article#language()}). */

    private final Map<String, LanguageStage> stages;
    private final String defaultLanguage;
    private final Duration articleTimeout;
    /** Runs articles under the time budget; threads are created on demand so an abandoned one is simply left behind. */
    private final ExecutorService timed;
    private final AtomicInteger timedOut = new AtomicInteger();
    private final RepostCache reposts;
    private final StageClock clock = new StageClock();
    private final AtomicLong annotated = new AtomicLong();
    private final AtomicLong sentencesAnnotated = new AtomicLong();
    private final AtomicLong copiesReused = new AtomicLong();

    /**
     * {@code stages}: the annotator and coder of each language coded, by ISO 639-1 code;
     * {@code defaultLanguage}: the one of them that codes articles of undetermined language;
     * {@code articleTimeout}: budget per article ({@link Duration#ZERO}: none, see {@link #timedOut()});
     * {@code repostSentences}: how many sentences of recent annotations to keep for reposts (0: none).
     * Built by {@link PipelineAssembly}.
     */
    Pipeline(IntakeOptions intakeOptions, Map<String, LanguageStage> stages, String defaultLanguage, Duration articleTimeout,
             int repostSentences) {
        if (stages.isEmpty()) throw new IllegalArgumentException("a pipeline needs at least one language");
        if (!stages.containsKey(defaultLanguage))
            throw new IllegalArgumentException("default language " + defaultLanguage + " has no stage (stages: " + stages.keySet() + ")");
        this.defaultLanguage = defaultLanguage;
        this.reposts = new RepostCache(repostSentences);
        this.intake = new Intake(Objects.requireNonNull(intakeOptions));
        this.stages = Map.copyOf(stages);
        this.articleTimeout = Objects.requireNonNull(articleTimeout);
        this.timed = articleTimeout.isZero() ? null : Executors.newCachedThreadPool(r -> {
            // Same stack as the batch workers: CoreNLP recurses deeply on long sentences.
            Thread t = new Thread(null, r, "tessera-article", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Articles abandoned because they ran over the time budget. CoreNLP does not check for
     * interruption everywhere, so an abandoned article's thread may keep computing until its
     * current annotator returns; it is a daemon thread and its result is dropped.
     */
    public int timedOut() {
        return timedOut.get();
    }

    /**
     * The annotator and coder of a language, or null when the language is not coded; for "und"
     * (undetermined), the default language's.
     */
    public LanguageStage stage(String language) {
        return stages.get(Article.UNDETERMINED_LANGUAGE.equals(language) ? defaultLanguage : language);
    }

    /** The languages this pipeline codes. */
    public Set<String> languages() {
        return new TreeSet<>(stages.keySet());
    }

    public DocumentResult process(RawDocument raw) {
        return process(raw, CopyFinder.noTurn());
    }

    /** As {@link #process(RawDocument)}, taking {@code turn} in its run's order to find copies before annotating. */
    DocumentResult process(RawDocument raw, CopyFinder.Turn turn) {
        List<CopyFinder.Claim> claims = List.of();
        try {
            Cleaned cleaned = cleaned(raw);
            if (cleaned.failure() != null) return cleaned.failure();
            CleanDocument doc = cleaned.doc();
            claims = turn.claim(doc.articles(), this::codes);
            turn.pass();
            List<CopyFinder.Claim> decided = claims;
            return codeArticles(raw, doc, i -> decided.get(i).reusable(), (i, coded) -> decided.get(i).settle(coded));
        } finally {
            turn.pass();
            claims.forEach(c -> c.settle(false)); // no-op for claims already settled; frees copies waiting on a failure
        }
    }

    /**
     * As {@link #process(RawDocument)}, with the copies already found: an article for which
     * {@code copies} gives an original is not annotated and comes back as {@link ArticleResult#isCopy()
     * a copy} of it. For a job that groups its whole input into stories from the cleaned texts
     * ({@link #clean}) before it annotates anything, as the Spark job does across its partitions.
     * Articles in a language this pipeline does not code are skipped as usual, whatever {@code copies} says.
     */
    public DocumentResult process(RawDocument raw, Function<Article, CopyOf> copies) {
        Cleaned cleaned = cleaned(raw);
        if (cleaned.failure() != null) return cleaned.failure();
        CleanDocument doc = cleaned.doc();
        List<CopyOf> found = new ArrayList<>(doc.articles().size());
        for (Article a : doc.articles()) found.add(codes(a) ? copies.apply(a) : null);
        return codeArticles(raw, doc, found::get, (i, coded) -> { });
    }

    /**
     * Intake alone: the document cleaned and split into articles, exactly as {@link #process}
     * cleans it, with nothing annotated. Throws {@link IntakeException} (or, for a page that breaks
     * the cleaner, a runtime exception) where {@code process} returns a failed result.
     */
    public CleanDocument clean(RawDocument raw) throws IntakeException {
        return intake.clean(raw);
    }

    /** Whether this pipeline codes the article: it has a stage for its language (see {@link #stage}). */
    public boolean codes(Article a) {
        return stage(a.language()) != null;
    }

    /** A document cleaned, or the failed result that stands for it when it cannot be read. */
    private record Cleaned(CleanDocument doc, DocumentResult failure) {
    }

    private Cleaned cleaned(RawDocument raw) {
        try {
            return new Cleaned(timedClean(raw), null);
        } catch (IntakeException e) {
            return new Cleaned(null, DocumentResult.failed(raw.id(), raw.origin(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Cleaned(null, DocumentResult.failed(raw.id(), raw.origin(), raw.origin() + ": cannot read: " + e));
        }
    }

    private CleanDocument timedClean(RawDocument raw) throws IntakeException {
        long t0 = System.nanoTime();
        CleanDocument doc = intake.clean(raw);
        clock.add("intake", System.nanoTime() - t0, 1);
        return doc;
    }

    /** Codes each article, or records it as a copy where {@code reusable} names its original; {@code settled} hears each outcome. */
    private DocumentResult codeArticles(RawDocument raw, CleanDocument doc, IntFunction<CopyOf> reusable, BiConsumer<Integer, Boolean> settled) {
        List<ArticleResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < doc.articles().size(); i++) {
            Article a = doc.articles().get(i);
            CopyOf copy = reusable.apply(i);
            if (copy != null) {
                copiesReused.incrementAndGet();
                results.add(ArticleResult.copy(a, copy));
                continue;
            }
            ArticleResult r = codeOrSkip(raw, a, notes);
            settled.accept(i, r.wasCoded() && !r.failed());
            results.add(r);
        }
        return new DocumentResult(doc.id(), raw.origin(), doc, results, notes, null);
    }

    /**
     * Time spent so far in each step, over every thread: intake, each annotator step, each coder and
     * the finisher (the same step of several languages adds up). For benchmarks.
     */
    public StageClock.Snapshot stageTimes() {
        StageClock.Snapshot out = clock.snapshot();
        // Languages may share one annotator or coder; count each once.
        Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (LanguageStage s : stages.values()) {
            if (seen.add(s.annotator())) out = out.plus(s.annotator().stageTimes());
            if (seen.add(s.coder())) out = out.plus(s.coder().stageTimes());
        }
        return out;
    }

    private ArticleResult codeOrSkip(RawDocument raw, Article a, List<String> notes) {
        if (stage(a.language()) == null) {
            String why = "language " + a.language() + " not coded";
            notes.add(raw.origin() + ": article " + a.index() + " (" + shorten(a.title()) + ") skipped: " + why);
            return new ArticleResult(a, null, List.of(), why);
        }
        try {
            return timed == null ? code(a) : codeWithinBudget(a);
        } catch (ArticleTimeout e) {
            String why = "over the time budget of " + articleTimeout.toMillis() / 1000.0 + " s, abandoned";
            notes.add(raw.origin() + ": article " + a.index() + " (" + shorten(a.title()) + ") skipped: " + why);
            return new ArticleResult(a, null, List.of(), why);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String why = "annotation failed: " + e;
            notes.add(raw.origin() + ": article " + a.index() + " skipped: " + why);
            return new ArticleResult(a, null, List.of(), why, true);
        }
    }

    /** Articles sent to the annotator (neither a repost found in the cache nor a copy found by a {@link CopyFinder}). */
    public long articlesAnnotated() {
        return annotated.get();
    }

    /** Sentences of the articles sent to the annotator: the work saved, free of the timing noise of a shared machine. */
    public long sentencesAnnotated() {
        return sentencesAnnotated.get();
    }

    /** Time spent in the annotators' steps (their stage clocks), summed over worker threads. */
    public Duration annotationTime() {
        Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long nanos = 0;
        for (LanguageStage s : stages.values()) if (seen.add(s.annotator())) nanos += s.annotator().stageTimes().totalNanos();
        return Duration.ofNanos(nanos);
    }

    /** Articles found to copy an article already coded, before annotation, and recorded as its story's mentions. */
    public long copiesReused() {
        return copiesReused.get();
    }

    /** Articles whose annotation was reused from an earlier article with the same text and date (a repost). */
    public long repostsReused() {
        return reposts.hits();
    }

    /** Whether this pipeline reuses annotations of repeated texts. */
    public boolean reusesReposts() {
        return reposts.enabled();
    }

    /** Annotates (or reuses a repost's annotation) and codes one article that intake already produced. */
    public ArticleResult code(Article a) {
        LanguageStage stage = stage(a.language());
        if (stage == null) throw new IllegalArgumentException("language " + a.language() + " not coded (this pipeline codes " + languages() + ")");
        AnnotatedArticle annotated = reposts.find(a);
        if (annotated == null) {
            annotated = stage.annotator().annotate(a, stage.coder().parseFilter());
            this.annotated.incrementAndGet();
            sentencesAnnotated.addAndGet(annotated.sentences().size());
            reposts.put(annotated);
        }
        List<Event> events = stage.coder().code(annotated);
        // Dates are read only where an event was found; coding again with them is cheap next to dating every sentence.
        AnnotatedArticle dated = events.isEmpty() ? annotated : stage.annotator().withTimes(annotated, sentencesOf(events, annotated));
        if (dated != annotated) {
            annotated = dated;
            events = stage.coder().code(dated);
        }
        return new ArticleResult(a, annotated, events, null);
    }

    /** The indexes of the sentences the events were coded from (an event's span starts where its sentence does). */
    private static Set<Integer> sentencesOf(List<Event> events, AnnotatedArticle annotated) {
        Set<Integer> starts = new java.util.HashSet<>();
        for (Event e : events) starts.add(e.spanStart() - annotated.article().offset());
        Set<Integer> out = new java.util.HashSet<>();
        for (AnnotatedSentence s : annotated.sentences()) if (starts.contains(s.begin())) out.add(s.index());
        return out;
    }

    private ArticleResult codeWithinBudget(Article a) {
        Future<ArticleResult> f = timed.submit(() -> code(a));
        try {
            return f.get(articleTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            timedOut.incrementAndGet();
            throw new ArticleTimeout();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding article " + a.index(), e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    /** An article ran over its budget (internal: becomes a skipped article with a note). */
    private static final class ArticleTimeout extends RuntimeException {
        ArticleTimeout() {
            super(null, null, false, false);
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
