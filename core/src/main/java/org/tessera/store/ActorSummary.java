package org.tessera.store;

/**
 * An actor code and how many stored events name it, asserted or not.
 *
 * @param code     CAMEO actor code ("RUSGOV")
 * @param country  its country or organisation part ("RUS")
 * @param role     its agent type, may be empty
 * @param asSource events with it as source
 * @param asTarget events with it as target
 */
public record ActorSummary(String code, String country, String role, long asSource, long asTarget) {
    public long total() {
        return asSource + asTarget;
    }
}
