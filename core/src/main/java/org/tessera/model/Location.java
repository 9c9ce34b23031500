package org.tessera.model;

/**
 * Where the text places an event or an actor.
 *
 * @param featureId a GeoNames id when the gazetteer has one (cities), else null
 * @param admin1    the GeoNames first-level division code of the place ("48" for Moscow, "TX" for
 *                  Texas), "" when unknown or for a country
 * @param type      GDELT's geography type: 1 country, 2 US state, 3 US city, 4 world city, 5 world
 *                  state (a region or province); 0 for a record that did not say (read back from
 *                  before the field existed), which exports then infer from the name
 */
public record Location(String name, String country, double lat, double lon, Long featureId, String admin1, int type) {
    public Location {
        admin1 = admin1 == null ? "" : admin1;
        if (type < 0 || type > 5) throw new IllegalArgumentException("geography type " + type + " is not 0..5");
    }

    /** A location of unknown division and type. */
    public Location(String name, String country, double lat, double lon, Long featureId) {
        this(name, country, lat, lon, featureId, "", 0);
    }
}
