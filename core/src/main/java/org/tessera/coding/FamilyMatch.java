package org.tessera.coding;

import java.util.List;

/**
 * A family or reverse event found at a frame word: the match to build it from (its pattern made from
 * the table row, its matched words the embedded action's) and where to look for its target, in order
 * of preference; the first place naming an actor other than the source wins.
 */
record FamilyMatch(PatternMatch match, EmbeddedAction action, List<List<Integer>> targetTiers) {
    FamilyMatch {
        targetTiers = targetTiers.stream().map(List::copyOf).toList();
    }
}
