package org.tessera.cameo;

import java.util.List;
import java.util.Objects;

/**
 * An event as PLOVER records it: its type, the mode (how it was done) and the contexts.
 *
 * @param type     the PLOVER event type
 * @param mode     the mode, or null when the CAMEO code implies none
 * @param contexts PLOVER contexts, possibly empty, in the crosswalk's order, then the modality's
 */
public record PloverReading(PloverType type, String mode, List<String> contexts) {
    public PloverReading {
        Objects.requireNonNull(type, "type");
        contexts = List.copyOf(contexts);
    }
}
