package org.tessera.coding;

import java.util.Objects;
import org.tessera.model.Modality;

/**
 * What {@link ModalityDetector} read: the modality and the cue that decided it ("aux:could",
 * "governor:refuse", "speech:say"), empty for an asserted event.
 */
public record ModalityReading(Modality modality, String cue) {
    public ModalityReading {
        Objects.requireNonNull(modality, "modality");
        cue = cue == null ? "" : cue;
    }
}
