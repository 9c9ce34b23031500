package org.tessera.model;

/** A mention in a coreference chain: tokens [start, end) of sentence {@code sentence}, with its head token. */
public record CorefMention(int sentence, int start, int end, int head, String text) {
}
