package org.tessera.server;

import org.tessera.model.Modality;
import org.tessera.store.Origin;

/**
 * A validated filter over events; null fields do not filter.
 *
 * @param source   actor key of the source (country/organisation or full actor code)
 * @param target   actor key of the target
 * @param range    event date bounds
 * @param quad     quad class 1..4
 * @param code     CAMEO code or prefix of one ("04" matches 040..049)
 * @param modality exact modality
 * @param origin   coded, imported or both (null: both)
 */
public record EventFilter(String source, String target, DateRange range, Integer quad, String code, Modality modality,
                          Origin origin) {
    public EventFilter {
        range = range == null ? DateRange.ALL : range;
        origin = origin == null ? Origin.ALL : origin;
    }
}
