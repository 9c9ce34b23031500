package org.tessera.coding;

import java.util.List;
import java.util.Optional;

/**
 * The action a frame word governs: "impose sanctions" in "threatened to impose sanctions", "ceasefire"
 * in "demanded a ceasefire", "talks" in "called for talks".
 *
 * @param head        the verb or noun that names it
 * @param tokens      the words it covers (the head, and a verb's objects), which no other rule then codes
 * @param actionClass its class, empty when no class fits (the family's root-level code)
 * @param link        how it hangs off the frame word: xcomp, ccomp, obj or a preposition
 */
record EmbeddedAction(int head, List<Integer> tokens, Optional<String> actionClass, String link) {
    EmbeddedAction {
        tokens = List.copyOf(tokens);
    }
}
