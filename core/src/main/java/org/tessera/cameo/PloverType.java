package org.tessera.cameo;

/**
 * PLOVER's sixteen event types, in the codebook's order: cooperation first (verbal, then material),
 * conflict after (verbal, then material), so a legend or a sort by this order reads like CAMEO's.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT,
    REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
}
