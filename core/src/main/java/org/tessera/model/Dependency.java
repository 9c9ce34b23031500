package org.tessera.model;

/**
 * One edge of a Universal Dependencies parse. {@code governor} is -1 for the root.
 * {@code relation} is the full relation name including its subtype ("nsubj:pass", "obl:on").
 */
public record Dependency(int governor, int dependent, String relation) {
    /** The relation without its subtype: "obl" for "obl:on". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
