package org.tessera.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.tessera.json.EventJson;
import org.tessera.dedup.NearDuplicates;
import org.tessera.model.Article;
import org.tessera.model.Event;
import org.tessera.store.GdeltFormat;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.CopyOf;
import org.tessera.pipeline.DocumentResult;
import org.tessera.pipeline.Pipeline;
import org.tessera.tone.DocumentTone;
import org.tessera.tone.ToneScorer;

/**
 * Codes a partition's documents with the executor's shared pipeline, lazily, one document at a
 * time, so a partition's results never sit in memory together. Problems from earlier stages pass
 * through; a document or article that fails becomes a problem, never a failed task.
 *
 * <p>Three ways: every article annotated; near-copies found beforehand ({@link CopyClaims})
 * recorded without annotation; or, to settle copies whose original could not be coded, only the
 * listed articles annotated and nothing else of their documents emitted again.
 */
final class DocumentCoding implements FlatMapFunction<Iterator<JobRecord>, JobRecord> {
    private static final long serialVersionUID = 1L;

    private final PipelineSettings settings;
    private final JobCounters counters;
    /** Each copy's original by article key, or null to annotate every article. */
    private final Broadcast<HashMap<String, StoryAssignment.Copy>> copies;
    /** The only articles to code, or null for all. */
    private final Broadcast<HashSet<String>> only;

    private DocumentCoding(PipelineSettings settings, JobCounters counters, Broadcast<HashMap<String, StoryAssignment.Copy>> copies,
                           Broadcast<HashSet<String>> only) {
        this.settings = settings;
        this.counters = counters;
        this.copies = copies;
        this.only = only;
    }

    /** Annotates every article. */
    static DocumentCoding everyArticle(PipelineSettings settings, JobCounters counters) {
        return new DocumentCoding(settings, counters, null, null);
    }

    /** Records the copies {@code copies} names as copies, unannotated, and annotates the rest. */
    static DocumentCoding reusingCopies(PipelineSettings settings, JobCounters counters,
                                        Broadcast<HashMap<String, StoryAssignment.Copy>> copies) {
        return new DocumentCoding(settings, counters, copies, null);
    }

    /** Annotates the listed articles (copies to be coded after all) and emits nothing else; each was counted as reused. */
    static DocumentCoding only(PipelineSettings settings, JobCounters counters, Broadcast<HashSet<String>> articles) {
        return new DocumentCoding(settings, counters, null, articles);
    }

    @Override
    public Iterator<JobRecord> call(Iterator<JobRecord> input) {
        return new Iterator<>() {
            private final Deque<JobRecord> ready = new ArrayDeque<>();
            private final NearDuplicates dedup = NearDuplicates.defaults();
            private Pipeline pipeline;
            private EventJson json;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && input.hasNext()) {
                    JobRecord r = input.next();
                    if (r instanceof JobRecord.InputDocument d) code(d);
                    else ready.add(r);
                }
                return !ready.isEmpty();
            }

            @Override
            public JobRecord next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.poll();
            }

            private void code(JobRecord.InputDocument d) {
                if (pipeline == null) {
                    // Only partitions that hold documents touch CoreNLP.
                    pipeline = ExecutorPipeline.pipeline(settings);
                    json = new EventJson();
                }
                try {
                    DocumentResult result = copies == null && only == null ? pipeline.process(d.toRaw())
                            : pipeline.process(d.toRaw(), a -> planned(InputOrder.article(d.order(), a.index())));
                    if (result.failed()) {
                        counters.failures.add(1);
                        ready.add(new JobRecord.Problem(d.id(), "read", result.error()));
                        return;
                    }
                    for (ArticleResult a : result.articles()) {
                        String order = InputOrder.article(d.order(), a.article().index());
                        if (only != null && !only.value().contains(order)) continue;
                        JobRecord.CodedArticle digest = article(dedup, order, a);
                        ready.add(digest);
                        if (a.isCopy()) {
                            counters.articlesReused.add(1);
                            continue;
                        }
                        if (only != null) counters.articlesReused.add(-1);
                        if (a.wasCoded()) {
                            counters.articlesCoded.add(1);
                        } else {
                            counters.articlesSkipped.add(1);
                            boolean broke = a.failed();
                            if (broke) counters.failures.add(1);
                            ready.add(new JobRecord.Problem(d.id() + "#" + a.article().index(), broke ? "code" : "skip", a.skipped()));
                        }
                        int ordinal = 0;
                        for (Event e : a.events()) {
                            ready.add(new JobRecord.CodedEvent(json.toLine(e), e.sentenceIndex(), a.article().text().length(), order, ordinal++,
                                    digest.toneWords(), digest.tonePositive(), digest.toneNegative()));
                            counters.events.add(1);
                        }
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    counters.failures.add(1);
                    ready.add(new JobRecord.Problem(d.id(), "code", "coding failed: " + e));
                }
            }
        };
    }

    /** A copy's original to reuse, else null to annotate the article; in only-mode, the articles left alone pass as copies and are dropped. */
    private CopyOf planned(String order) {
        if (only != null) return only.value().contains(order) ? null : new CopyOf(order, 1.0);
        StoryAssignment.Copy c = copies.value().get(order);
        return c == null ? null : new CopyOf(c.original(), c.similarity());
    }

    /** The article as story grouping sees it: signed only where the store would compare it. */
    private static JobRecord.CodedArticle article(NearDuplicates dedup, String order, ArticleResult ar) {
        Article a = ar.article();
        long[] signature = ar.wasCoded() && dedup.comparable(a.text()) ? dedup.minHasher().signature(dedup.shingles().of(a.text())) : null;
        // Every article's own tone, as the store scores each article it writes: a copy's mentions carry the copy's.
        DocumentTone tone = ToneScorer.afinn165().score(a.text());
        return new JobRecord.CodedArticle(order, signature, GdeltFormat.site(a.url(), a.docId()), a.url(), a.docId(), a.text(), a.offset(),
                tone.words(), tone.positiveWords(), tone.negativeWords(), ar.isCopy());
    }
}
