package org.tessera.store;

/** Events from one country (or organisation) to another, asserted or reported, with their mean Goldstein value. */
public record NetworkEdge(String source, String target, long count, double meanGoldstein) {
}
