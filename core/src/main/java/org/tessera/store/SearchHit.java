package org.tessera.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A sentence that matches a search, with its article and the events coded from it.
 *
 * @param articleId     stored article id
 * @param doc           document id
 * @param article       article index in the document
 * @param sentenceIndex sentence index in the article
 * @param sentence      the sentence text
 * @param title         the article's title
 * @param url           the article's URL, may be empty
 * @param date          the article's publication date, may be null
 * @param score         Lucene's relevance score
 * @param events        the sentence's events (those matching the filter when one was given)
 */
public record SearchHit(long articleId, String doc, int article, int sentenceIndex, String sentence, String title,
                        String url, LocalDate date, float score, List<StoredEvent> events) {
    public SearchHit {
        events = List.copyOf(events);
    }
}
