package org.tessera.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
        read("/org/tessera/store/iso3-fips.tsv", cols -> fips.put(cols[0], cols[1]));
        Set<String> names = new HashSet<>();
        read("/org/tessera/coding/countries.tsv", cols -> {
            if (cols.length > 1) for (String n : cols[1].split("\\|")) names.add(n.trim().toLowerCase(Locale.ROOT));
        });
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

    private interface Row {
        void accept(String[] cols);
    }

    private static void read(String resource, Row row) {
        try (InputStream in = FipsCodes.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing data file " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
