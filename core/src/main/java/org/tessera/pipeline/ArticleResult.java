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
 */
public record ArticleResult(Article article, AnnotatedArticle annotated, List<Event> events, String skipped, boolean failed) {
    public ArticleResult {
        events = List.copyOf(events);
        if (failed && skipped == null) throw new IllegalArgumentException("a failed article needs its reason");
    }

    /** Coded, or skipped for a reason that is no failure. */
    public ArticleResult(Article article, AnnotatedArticle annotated, List<Event> events, String skipped) {
        this(article, annotated, events, skipped, false);
    }

    public boolean wasCoded() {
        return skipped == null;
    }

    public int sentenceCount() {
        return annotated == null ? 0 : annotated.sentences().size();
    }
}
