package org.tessera.server;

import java.util.Map;

/**
 * Totals for the dashboard header.
 *
 * @param firstDate earliest event date (ISO, as precise as known) or null when empty
 * @param lastDate  latest event date or null
 * @param byQuad    event counts keyed by quad class 1..4
 * @param byModality event counts keyed by modality json name
 * @param newestEvent the event stored last (what a watch added most recently), or null when empty
 */
public record StoreStats(long events, long documents, long located, String firstDate, String lastDate,
                         Map<Integer, Long> byQuad, Map<String, Long> byModality, NewestEvent newestEvent) {
    public StoreStats {
        byQuad = Map.copyOf(byQuad);
        byModality = Map.copyOf(byModality);
    }
}
