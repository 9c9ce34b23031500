package org.tessera.server;

/** Events from one source country to one target country, with their mean Goldstein value. */
public record NetworkEdge(String source, String target, long events, double meanGoldstein) {
}
