package org.tessera.coding;

import java.util.List;

/** A lexicon pattern that fits at a trigger token, with the tokens its requirements matched. */
record PatternMatch(EventPattern pattern, int trigger, List<Integer> matched) {
    PatternMatch {
        matched = List.copyOf(matched);
    }
}
