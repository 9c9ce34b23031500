package org.tessera.nlp;

import org.tessera.model.AnnotatedArticle;
import org.tessera.model.Article;

/**
 * Annotates the articles of one language: tokens, lemmas, POS, NER, time expressions, and a
 * dependency parse of the sentences the {@link ParseFilter} accepts. Chosen per article by its
 * language (see {@code org.tessera.lang.LanguageSupport}); implementations are costly to build,
 * so one is built per process and must be thread-safe.
 */
public interface ArticleAnnotator {
    AnnotatedArticle annotate(Article article, ParseFilter filter);

    /** The settings it was built with. */
    AnnotatorConfig config();

    /**
     * The article with the time expressions of {@code sentences} (indexes) filled in, for
     * annotators that date only the sentences that got an event, since dating is costly and no
     * other sentence's dates are read; {@code article} itself where there is nothing to add.
     */
    default AnnotatedArticle withTimes(AnnotatedArticle article, java.util.Set<Integer> sentences) {
        return article;
    }

    /** Time spent so far in each of its steps, over every thread (for benchmarks); empty where it keeps no clock. */
    default StageClock.Snapshot stageTimes() {
        return StageClock.Snapshot.EMPTY;
    }
}
