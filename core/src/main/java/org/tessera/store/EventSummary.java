package org.tessera.store;

import java.util.Map;

/**
 * Totals over every stored event, computed in the database: per quad class and per modality, how
 * many have a location, and the earliest and latest event date as stored (null in an empty store).
 */
public record EventSummary(Map<Integer, Long> quads, Map<String, Long> modalities, long located, String firstDate, String lastDate) {
    public EventSummary {
        quads = Map.copyOf(quads);
        modalities = Map.copyOf(modalities);
    }
}
