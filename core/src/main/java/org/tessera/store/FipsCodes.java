package org.tessera.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tessera.data.TsvFile;

/**
 * ISO 3166-1 alpha-3 to FIPS 10-4 country codes (our data file {@code iso3-fips.tsv}), and the
 * names of countries (from the coder's {@code countries.tsv}) to tell a country-level place from a
 * city. Immutable once loaded.
 */
public final class FipsCodes {
    private final Map<String, String> fips;
    private final Set<String> countryNames;

    private FipsCodes(Map<String, String> fips, Set<String> countryNames) {
        this.fips = Map.copyOf(fips);
        this.countryNames = Set.copyOf(countryNames);
    }

    public static FipsCodes bundled() {
        Map<String, String> fips = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource("org/tessera/store/iso3-fips.tsv")) {
            if (r.cell(1).isEmpty()) throw r.error("no FIPS code for " + r.cell(0));
            fips.put(r.cell(0), r.cell(1));
        }
        Set<String> names = new HashSet<>();
        for (TsvFile.Row r : TsvFile.resource("org/tessera/coding/countries.tsv"))
            for (String n : TsvFile.alternatives(r.cell(1))) names.add(n.toLowerCase(Locale.ROOT));
        return new FipsCodes(fips, names);
    }

    /** The FIPS code of an ISO alpha-3 code, or "" when we have none. */
    public String fips(String iso3) {
        return iso3 == null ? "" : fips.getOrDefault(iso3, "");
    }

    /** True when {@code name} names a whole country rather than a place in it. */
    public boolean isCountryName(String name) {
        return name != null && countryNames.contains(name.trim().toLowerCase(Locale.ROOT));
    }
}
