package org.tessera.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tessera.data.TsvFile;

/**
 * ISO 3166-1 alpha-3 to FIPS 10-4 country codes (our data file {@code iso3-fips.tsv}), GeoNames
 * first-level divisions to GDELT's ADM1 codes ({@link FipsDivisions}), and the names of countries
 * (from the coder's {@code countries.tsv}) to tell a country-level place from a city and to write
 * GDELT's full place names. Immutable once loaded.
 */
public final class FipsCodes {
    private final Map<String, String> fips;
    private final Map<String, String> isoOfFips;
    private final Set<String> countryNames;
    private final Map<String, String> nameOfCountry;
    private final FipsDivisions divisions;

    private FipsCodes(Map<String, String> fips, Set<String> countryNames, Map<String, String> nameOfCountry,
                      FipsDivisions divisions) {
        this.fips = Map.copyOf(fips);
        this.countryNames = Set.copyOf(countryNames);
        this.nameOfCountry = Map.copyOf(nameOfCountry);
        this.divisions = divisions;
        // Sorted, so that a FIPS code two ISO codes share always reads back as the same one.
        Map<String, String> reverse = new HashMap<>();
        new java.util.TreeMap<>(this.fips).forEach((iso, f) -> reverse.putIfAbsent(f, iso));
        this.isoOfFips = Map.copyOf(reverse);
    }

    public static FipsCodes bundled() {
        Map<String, String> fips = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource("org/tessera/store/iso3-fips.tsv")) {
            if (r.cell(1).isEmpty()) throw r.error("no FIPS code for " + r.cell(0));
            fips.put(r.cell(0), r.cell(1));
        }
        Set<String> names = new HashSet<>();
        Map<String, String> nameOf = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource("org/tessera/coding/countries.tsv")) {
            var forms = TsvFile.alternatives(r.cell(1));
            if (!forms.isEmpty()) nameOf.putIfAbsent(r.cell(0), forms.get(0));
            for (String n : forms) names.add(n.toLowerCase(Locale.ROOT));
        }
        return new FipsCodes(fips, names, nameOf, FipsDivisions.bundled());
    }

    /**
     * GDELT's ADM1Code for a place of that country with that GeoNames first-level division: the
     * FIPS country code and FIPS division code ("RS48", "USTX", "SZ25"), else the country code alone
     * (a country-level place, or a division FIPS has no code for); "" when the country has no FIPS code.
     */
    public String adm1(String iso3, String geonamesAdmin1) {
        String country = fips(iso3);
        if (country.isEmpty()) return "";
        return country + divisions.division(iso3, geonamesAdmin1);
    }

    /** The name of the place's first-level division ("Moscow City", "Texas"), or "" when unknown. */
    public String divisionName(String iso3, String geonamesAdmin1) {
        return divisions.name(iso3, divisions.division(iso3, geonamesAdmin1));
    }

    /** The country's usual English name ("Russia", "United States"), or the code itself when unknown. */
    public String countryName(String iso3) {
        return iso3 == null ? "" : nameOfCountry.getOrDefault(iso3, iso3);
    }

    /** The FIPS code of an ISO alpha-3 code, or "" when we have none. */
    public String fips(String iso3) {
        return iso3 == null ? "" : fips.getOrDefault(iso3, "");
    }

    /** The ISO alpha-3 code of a FIPS country code (GDELT's geography), or "" when we have none. */
    public String iso3(String fipsCode) {
        if (fipsCode == null || fipsCode.isEmpty()) return "";
        return isoOfFips.getOrDefault(fipsCode, "");
    }

    /** True when {@code name} names a whole country rather than a place in it. */
    public boolean isCountryName(String name) {
        return name != null && countryNames.contains(name.trim().toLowerCase(Locale.ROOT));
    }
}
