package org.tessera.model;

/**
 * Where the text places an event. {@code featureId} is a GeoNames id when the gazetteer has one, else null.
 */
public record Location(String name, String country, double lat, double lon, Long featureId) {
}
