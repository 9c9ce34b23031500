package org.tessera.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.tessera.dedup.LshIndex;
import org.tessera.dedup.NearDuplicates;
import org.tessera.model.Article;

/**
 * Finds, before annotation, the articles of one run (an {@code ingest}, a {@code watch} round)
 * that the store will take for copies of an article already coded, so that CoreNLP is not run
 * for them. The test is the store's own: the MinHash of the cleaned text against the first
 * articles of stories, both those already stored ({@link CodedArticles}) and those coded earlier
 * in this run and not yet stored. A story's events are those of its first article, and every copy
 * only adds one mention to each (see {@code org.tessera.store.StoryGrouper}), so a copy's coding
 * would be thrown away: what reuse records is exactly what coding it in full records.
 *
 * <p>Documents take their turn in input order ({@link #turn}), the order the store writes them:
 * a document is checked only after every earlier one has been checked and, when it is no copy,
 * entered as a possible original, so an original always precedes its copies in the store. A turn
 * covers only the cheap check; annotation runs in parallel. A copy of an article of this run waits
 * for that article's coding, and is coded in full after all when that failed. Thread-safe.
 */
public final class CopyFinder {
    /** The turn of a document in a run without copy reuse: every article is coded. */
    static Turn noTurn() {
        return new Turn(null, -1);
    }

    private final CodedArticles stored;
    private final NearDuplicates dedup;
    /** This run's possible originals, with their coding's outcome (guarded by this). */
    private final LshIndex<Original> batch;
    /** The document whose turn it is (guarded by this). */
    private int next;

    public CopyFinder(CodedArticles stored) {
        this(stored, NearDuplicates.defaults());
    }

    CopyFinder(CodedArticles stored, NearDuplicates dedup) {
        this.stored = Objects.requireNonNull(stored);
        this.dedup = Objects.requireNonNull(dedup);
        this.batch = new LshIndex<>(dedup);
    }

    /** The turn of the run's {@code sequence}-th document (0-based, in the order its results are stored). */
    Turn turn(int sequence) {
        if (sequence < 0) throw new IllegalArgumentException("sequence < 0");
        return new Turn(this, sequence);
    }

    /** An article of this run that may become a story's first article; {@code coded} completes with its outcome. */
    private record Original(CopyOf label, CompletableFuture<Boolean> coded) {
    }

    /**
     * What the check decided for one article. A copy has {@code copyOf} and waits on {@code original};
     * a possible original completes {@code coded} once coded; an article that is neither has neither.
     */
    static final class Claim {
        private static final Claim NONE = new Claim(null, null, null);
        private final CopyOf copyOf;
        private final CompletableFuture<Boolean> original;
        private final CompletableFuture<Boolean> coded;

        private Claim(CopyOf copyOf, CompletableFuture<Boolean> original, CompletableFuture<Boolean> coded) {
            this.copyOf = copyOf;
            this.original = original;
            this.coded = coded;
        }

        /** The original this article copies, once it is known to be coded; null when the article must be coded itself. */
        CopyOf reusable() {
            return copyOf != null && original.join() ? copyOf : null;
        }

        /** Records how coding this article went, for copies of it waiting in other workers. */
        void settle(boolean wasCoded) {
            if (coded != null) coded.complete(wasCoded);
        }
    }

    /** One document's place in the run's order. */
    static final class Turn {
        private final CopyFinder finder;
        private final int sequence;
        /** Whether this document holds the run's turn: from a successful wait until {@link #pass}. */
        private boolean held;
        /** Whether {@link #pass} ran: a turn is passed once. */
        private boolean passed;

        private Turn(CopyFinder finder, int sequence) {
            this.finder = finder;
            this.sequence = sequence;
        }

        /**
         * Waits for this document's turn, then decides for each article: the ones {@code coded}
         * accepts (those in a language the pipeline codes) are looked up, and those that copy no
         * coded article become possible originals. Call {@link #pass} when done (also on failure).
         */
        List<Claim> claim(List<Article> articles, Predicate<Article> coded) {
            List<Claim> out = new ArrayList<>(articles.size());
            if (finder == null) {
                for (int i = 0; i < articles.size(); i++) out.add(Claim.NONE);
                return out;
            }
            held = finder.await(sequence);
            if (!held) {
                // The batch is being shut down; its results are dropped, so nothing is found.
                for (int i = 0; i < articles.size(); i++) out.add(Claim.NONE);
                return out;
            }
            for (Article a : articles) out.add(coded.test(a) ? finder.claim(a) : Claim.NONE);
            return out;
        }

        /** Ends this document's turn; later calls do nothing. Every turn taken must pass, or later documents wait. */
        void pass() {
            if (finder == null || passed) return;
            passed = true;
            // A document that failed before claiming (unreadable, not a page) still takes and passes its turn,
            // or every later document of the run would wait for it.
            if (!held && !finder.await(sequence)) return;
            held = false;
            finder.pass(sequence);
        }
    }

    /** Waits until it is {@code sequence}'s turn; false when interrupted (only a batch being shut down interrupts its workers). */
    private synchronized boolean await(int sequence) {
        while (next < sequence) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private synchronized void pass(int sequence) {
        if (sequence != next) throw new IllegalStateException("document " + sequence + " passed out of turn (turn of " + next + ")");
        next++;
        notifyAll();
    }

    /** Called in the article's turn, so every earlier article of the run is in {@link #batch} or stored. */
    private Claim claim(Article a) {
        String text = a.text();
        if (!dedup.comparable(text)) return Claim.NONE;
        long[] signature = dedup.signature(text);
        Optional<CopyOf> inStore;
        try {
            inStore = stored.nearest(signature);
        } catch (RuntimeException e) {
            // The look-up only saves work: coded in full, the article is placed by the writer as always.
            inStore = Optional.empty();
        }
        Optional<LshIndex.Match<Original>> inRun;
        synchronized (this) {
            inRun = batch.nearest(signature);
        }
        // The store prefers the earliest of equally similar originals, and stored ones come first.
        if (inRun.isPresent() && (inStore.isEmpty() || inRun.get().similarity() > inStore.get().similarity())) {
            Original o = inRun.get().item();
            return new Claim(new CopyOf(o.label().original(), inRun.get().similarity()), o.coded(), null);
        }
        if (inStore.isPresent()) return new Claim(inStore.get(), CompletableFuture.completedFuture(true), null);
        CompletableFuture<Boolean> coded = new CompletableFuture<>();
        synchronized (this) {
            batch.add(new Original(new CopyOf(label(a), 1.0), coded), signature);
        }
        return new Claim(null, null, coded);
    }

    private static String label(Article a) {
        return a.url().isEmpty() ? a.docId() + "#" + a.index() : a.url();
    }
}
