package org.tessera.pipeline;

import java.util.Objects;

/**
 * What an article found to copy an article already coded was matched with: the original (its URL,
 * or its document id and article index when it has none) and the estimated Jaccard similarity of
 * their cleaned texts.
 */
public record CopyOf(String original, double similarity) {
    public CopyOf {
        Objects.requireNonNull(original, "original");
        if (similarity < 0 || similarity > 1) throw new IllegalArgumentException("similarity out of 0..1");
    }
}
