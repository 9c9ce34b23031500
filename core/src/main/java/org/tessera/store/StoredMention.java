package org.tessera.store;

import java.time.Instant;
import org.tessera.tone.DocumentTone;

/**
 * One article's mention of an event: the story's first article, or a copy of it.
 *
 * @param sentenceIndex 0-based sentence of the event in the story's first article; for a copy, -1 when the copy's
 *                      text changed or dropped that sentence
 * @param spanStart     start of that sentence in this article's document's cleaned text, -1 when unknown
 * @param site          the source: URL host, or document id without a URL
 * @param url           the article's URL, may be empty
 * @param docLength     length of the article text in characters
 * @param tone          the tone of this article's text (GDELT's MentionDocTone and the parts of it)
 */
public record StoredMention(long eventId, long articleId, int sentenceIndex, int spanStart, int spanEnd, String site,
                            String url, String docId, int docLength, double confidence, Instant addedAt, DocumentTone tone) {
    public StoredMention {
        java.util.Objects.requireNonNull(tone, "tone");
    }
}
