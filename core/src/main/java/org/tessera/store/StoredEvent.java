package org.tessera.store;

import org.tessera.model.Event;

/**
 * An event as stored: its id, the contract record, and how often it was reported. An event belongs
 * to a story (a group of near-duplicate articles) and was coded from the story's first article;
 * copies add mentions, not events.
 *
 * @param id          stored event id (GDELT's GLOBALEVENTID in exports)
 * @param event       the contract record
 * @param storyId     the story: the id of its first article
 * @param sentenceIndex index of the sentence in its article, or -1 when unknown
 * @param numMentions mentions in all articles of the story (GDELT NumMentions)
 * @param numSources  distinct sources (web sites, or documents without a URL) that mention it (NumSources)
 * @param numArticles distinct articles that mention it (NumArticles)
 * @param sourceUrl   URL of the first article, or its document id when it has none
 * @param addedAt     when it was stored
 */
public record StoredEvent(long id, Event event, long storyId, int sentenceIndex, int numMentions, int numSources,
                          int numArticles, String sourceUrl, java.time.Instant addedAt) {
}
