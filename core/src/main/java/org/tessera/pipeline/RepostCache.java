package org.tessera.pipeline;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.Article;

/**
 * Recent annotations by article text, so that a repost (the same article under another address,
 * in another feed, or twice in one archive) is not annotated again: CoreNLP is nearly all of an
 * article's cost, and the coder on a reused annotation is cheap. Annotation depends on the text and
 * on the publication date (time expressions are resolved against it) and on nothing else, so those
 * two are the key; the reused sentences are bound to the new article, whose own id, title and
 * address the coder then puts on its events.
 *
 * <p>Bounded by sentences held, oldest used first out, because annotations are large (tokens and
 * dependencies for every sentence) and reposts in a crawl tend to come close together. Thread-safe;
 * two workers meeting the same new text at once both annotate it, which is harmless.
 */
final class RepostCache {
    private final int maxSentences;
    private final LinkedHashMap<Key, AnnotatedArticle> byKey = new LinkedHashMap<>(64, 0.75f, true);
    private int sentences;
    private final AtomicLong hits = new AtomicLong();

    /** {@code maxSentences} 0 turns the cache off. */
    RepostCache(int maxSentences) {
        if (maxSentences < 0) throw new IllegalArgumentException("maxSentences must not be negative");
        this.maxSentences = maxSentences;
    }

    /** The cached annotation of an article with the same text and date, bound to {@code a}; null if none. */
    AnnotatedArticle find(Article a) {
        if (maxSentences == 0) return null;
        AnnotatedArticle hit;
        synchronized (this) {
            hit = byKey.get(Key.of(a));
        }
        if (hit == null) return null;
        hits.incrementAndGet();
        return new AnnotatedArticle(a, hit.sentences(), hit.coref());
    }

    void put(AnnotatedArticle annotated) {
        int size = annotated.sentences().size();
        if (size == 0 || size > maxSentences) return;
        Key key = Key.of(annotated.article());
        synchronized (this) {
            AnnotatedArticle old = byKey.put(key, annotated);
            sentences += size - (old == null ? 0 : old.sentences().size());
            for (Iterator<Map.Entry<Key, AnnotatedArticle>> it = byKey.entrySet().iterator(); sentences > maxSentences && it.hasNext(); ) {
                Map.Entry<Key, AnnotatedArticle> eldest = it.next();
                sentences -= eldest.getValue().sentences().size();
                it.remove();
            }
        }
    }

    boolean enabled() {
        return maxSentences > 0;
    }

    /** Articles whose annotation came from here rather than from CoreNLP. */
    long hits() {
        return hits.get();
    }

    /**
     * The date the annotator resolves time expressions against, and the text itself rather than a
     * digest: the cached annotation holds that text anyway, and equality is then exact.
     */
    private record Key(LocalDate date, String text) {
        static Key of(Article a) {
            return new Key(a.date() == null ? null : a.date().start(), a.text());
        }
    }
}
