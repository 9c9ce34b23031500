package org.tessera.bench;

import java.util.Objects;

/**
 * One generated sentence and whether the generator put a named actor in it (a country, leader or
 * organisation from our dictionaries); sentences without one are what the parse filter should skip.
 */
public record GeneratedSentence(String text, boolean namesActor) {
    public GeneratedSentence {
        Objects.requireNonNull(text);
    }
}
