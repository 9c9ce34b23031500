package org.tessera.geo;

/** What kind of place a location is, in GDELT's ActionGeo_Type terms. */
public enum PlaceKind {
    COUNTRY(1), US_STATE(2), US_CITY(3), WORLD_CITY(4), WORLD_STATE(5);

    private final int gdeltType;

    PlaceKind(int gdeltType) {
        this.gdeltType = gdeltType;
    }

    /** GDELT 2.0 ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
    public int gdeltType() {
        return gdeltType;
    }

    /** The kind of a GDELT geography type 1..5. */
    public static PlaceKind ofGdeltType(int type) {
        for (PlaceKind k : values()) if (k.gdeltType == type) return k;
        throw new IllegalArgumentException("GDELT geography type " + type + " is not 1..5");
    }
}
