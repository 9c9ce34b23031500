package org.tessera.geo;

import java.util.Objects;
import org.tessera.model.Location;

/**
 * One place of the gazetteer.
 *
 * @param geonameId  GeoNames id for cities, null for countries, states and regions (our tables have none)
 * @param name       the name to show ("Paris", "Texas", "France")
 * @param country    ISO 3166-1 alpha-3 of the country it lies in
 * @param admin1     GeoNames first-level division code (US postal code for US states), may be empty
 * @param population inhabitants, 0 when unknown
 * @param capital    whether GeoNames marks it as a national capital (PPLC)
 */
public record Place(Long geonameId, String name, String country, String admin1, PlaceKind kind, long population,
                    boolean capital, double lat, double lon) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        admin1 = admin1 == null ? "" : admin1;
    }

    public Location toLocation() {
        return new Location(name, country, lat, lon, geonameId, admin1, kind.gdeltType());
    }
}
