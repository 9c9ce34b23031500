package org.tessera.pipeline;

import java.util.List;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.Article;
import org.tessera.model.Event;

/**
 * What became of one article: its annotation and events, or why it was skipped.
 *
 * @param annotated null when skipped
 * @param skipped   null when coded, else a one-line reason ("language ru")
 * @param failed    skipped because a stage broke on it (not because of its language or the time budget)
 * @param copyOf    null, or the coded article this one was found to copy before annotation: it is then
 *                  neither annotated nor coded, and the store records it as mentions of its story's events
 */
public record ArticleResult(Article article, AnnotatedArticle annotated, List<Event> events, String skipped, boolean failed,
                            CopyOf copyOf) {
    public ArticleResult {
        events = List.copyOf(events);
        if (failed && skipped == null) throw new IllegalArgumentException("a failed article needs its reason");
        if (copyOf != null && (annotated != null || !events.isEmpty() || skipped != null))
            throw new IllegalArgumentException("a copy is neither annotated nor coded");
    }

    public ArticleResult(Article article, AnnotatedArticle annotated, List<Event> events, String skipped, boolean failed) {
        this(article, annotated, events, skipped, failed, null);
    }

    /** An article that copies a coded one: it takes its events from the story it joins in the store. */
    public static ArticleResult copy(Article article, CopyOf copyOf) {
        return new ArticleResult(article, null, List.of(), null, false, java.util.Objects.requireNonNull(copyOf));
    }

    public boolean isCopy() {
        return copyOf != null;
    }

    /** Coded, or skipped for a reason that is no failure. */
    public ArticleResult(Article article, AnnotatedArticle annotated, List<Event> events, String skipped) {
        this(article, annotated, events, skipped, false);
    }

    /** Coded, or a copy of a coded article (whose coding it shares). */
    public boolean wasCoded() {
        return skipped == null;
    }

    public int sentenceCount() {
        return annotated == null ? 0 : annotated.sentences().size();
    }
}
