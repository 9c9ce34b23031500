package org.tessera.store;

/**
 * What a store holds. {@code stories} counts groups of near-duplicate articles; {@code mentions}
 * counts (event, article) pairs, so {@code mentions - events} is what copies added.
 */
public record StoreCounts(long documents, long articles, long stories, long sentences, long events, long mentions) {
}
