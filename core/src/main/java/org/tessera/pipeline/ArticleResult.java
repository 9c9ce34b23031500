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
 */
public record ArticleResult(Article article, AnnotatedArticle annotated, List<Event> events, String skipped) {
    public ArticleResult {
        events = List.copyOf(events);
    }

    public boolean wasCoded() {
        return skipped == null;
    }

    public int sentenceCount() {
        return annotated == null ? 0 : annotated.sentences().size();
    }
}
