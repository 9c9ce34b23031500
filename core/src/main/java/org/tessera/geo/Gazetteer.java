package org.tessera.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.tessera.data.TsvFile;

/**
 * The offline gazetteer: GeoNames cities of at least 1000 inhabitants (built into
 * {@code org/tessera/geo/cities.tsv.gz} by the build), countries from the coder's own
 * {@code countries.tsv}, US states, regions and aliases from our data files. Cities are kept in
 * parallel arrays rather than one object each, so the 135,000 places cost a few tens of
 * megabytes; {@link Place} records are made on demand and cached per name. Immutable after
 * loading (the per-name cache only memoises) and thread-safe. Load it once per process.
 */
public final class Gazetteer {
    private static final String BASE = "org/tessera/geo/";

    private final long[] ids;
    private final String[] names;
    private final String[] countries;
    private final String[] admin1s;
    private final int[] populations;
    private final float[] lats;
    private final float[] lons;
    private final boolean[] capitals;
    private final Map<String, int[]> cityIndex;
    private final Map<String, Place> aliases;
    private final Map<String, Place> countryByName;
    private final Map<String, Place> countryByCode;
    private final Map<String, String> countryByAdjective;
    private final Map<String, Place> states;
    private final Map<String, Place> regions;
    private final Map<String, List<Place>> cityCache = new ConcurrentHashMap<>();
    private final Map<String, Integer> capitalIndex;

    private Gazetteer(Loader l) {
        int n = l.size;
        ids = Arrays.copyOf(l.ids, n);
        names = Arrays.copyOf(l.names, n);
        countries = Arrays.copyOf(l.countries, n);
        admin1s = Arrays.copyOf(l.admin1s, n);
        populations = Arrays.copyOf(l.populations, n);
        lats = Arrays.copyOf(l.lats, n);
        lons = Arrays.copyOf(l.lons, n);
        capitals = Arrays.copyOf(l.capitals, n);
        cityIndex = l.index;
        capitalIndex = capitals(n);
        Map<String, double[]> centroids = centroids();
        countryByCode = new HashMap<>();
        countryByName = new HashMap<>();
        countryByAdjective = new HashMap<>();
        loadCountries(centroids);
        states = loadStates(centroids);
        regions = loadRegions();
        aliases = loadAliases(l.byId);
    }

    /** Loads the bundled gazetteer; fails with a message naming the build step when the index is missing. */
    public static Gazetteer bundled() {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(BASE + "cities.tsv.gz");
        if (in == null) throw new IllegalStateException("missing " + BASE + "cities.tsv.gz on the classpath: "
                + "it is built by 'mvn -pl core process-resources' (npm ci of core/src/main/gazetteer, then GazetteerBuilder)");
        try (in) {
            return new Gazetteer(Loader.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(BASE + "cities.tsv.gz: " + e.getMessage(), e);
        }
    }

    /** Number of cities. */
    public int size() {
        return ids.length;
    }

    /** Cities of that name (folding case and accents), most populous first; empty if none. */
    public List<Place> cities(String name) {
        return cityCache.computeIfAbsent(PlaceKey.of(name), k -> {
            int[] at = cityIndex.get(k);
            if (at == null) return List.of();
            List<Place> out = new ArrayList<>(at.length);
            for (int i : at) out.add(city(i));
            out.sort(Comparator.comparingLong(Place::population).reversed());
            return List.copyOf(out);
        });
    }

    /** The place an alias of ours stands for ("Kiev", "Kremlin", "Geneva"). */
    public Optional<Place> alias(String name) {
        return Optional.ofNullable(aliases.get(PlaceKey.of(name)));
    }

    /**
     * The national capital of a country (ISO3): the most populous of its places GeoNames marks PPLC
     * (a country with a seat of government and a constitutional capital has two); empty if none.
     */
    public Optional<Place> capitalOf(String iso3) {
        Integer i = capitalIndex.get(iso3);
        return i == null ? Optional.empty() : Optional.of(city(i));
    }

    /** A country by any of its names in the coder's countries table ("Russia", "Russian Federation"). */
    public Optional<Place> country(String name) {
        return Optional.ofNullable(countryByName.get(PlaceKey.of(name)));
    }

    public Optional<Place> countryOfCode(String iso3) {
        return Optional.ofNullable(countryByCode.get(iso3));
    }

    /** The country an adjective or demonym names ("French" → FRA). */
    public Optional<String> countryOfAdjective(String word) {
        return Optional.ofNullable(countryByAdjective.get(PlaceKey.of(word)));
    }

    /** A US state by name ("Texas", "New York", "Washington State"). */
    public Optional<Place> usState(String name) {
        String k = PlaceKey.of(name);
        Place p = states.get(k);
        if (p == null && k.endsWith(" state")) p = states.get(k.substring(0, k.length() - 6));
        return Optional.ofNullable(p);
    }

    /** A region of ours ("Crimea", "Gaza Strip"). */
    public Optional<Place> region(String name) {
        return Optional.ofNullable(regions.get(PlaceKey.of(name)));
    }

    /**
     * The kind of a location this package produced, for exports that need GDELT's ActionGeo_Type:
     * a GeoNames id means a city; otherwise a US state, a country or a region by its name.
     */
    public PlaceKind kindOf(org.tessera.model.Location l) {
        if (l.type() > 0) return PlaceKind.ofGdeltType(l.type());
        if (l.featureId() != null) return l.country().equals("USA") ? PlaceKind.US_CITY : PlaceKind.WORLD_CITY;
        if (l.country().equals("USA") && usState(l.name()).isPresent()) return PlaceKind.US_STATE;
        if (region(l.name()).isPresent()) return PlaceKind.WORLD_STATE;
        Optional<Place> c = country(l.name());
        if (c.isPresent() && c.get().country().equals(l.country())) return PlaceKind.COUNTRY;
        return PlaceKind.WORLD_STATE;
    }

    private Place city(int i) {
        String c = countries[i];
        return new Place(ids[i], names[i], c, admin1s[i], c.equals("USA") ? PlaceKind.US_CITY : PlaceKind.WORLD_CITY,
                populations[i], capitals[i], lats[i], lons[i]);
    }

    private Map<String, Integer> capitals(int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!capitals[i]) continue;
            Integer j = out.get(countries[i]);
            if (j == null || populations[i] > populations[j]) out.put(countries[i], i);
        }
        return Map.copyOf(out);
    }

    private static Map<String, double[]> centroids() {
        Map<String, double[]> out = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource(BASE + "centroids.tsv"))
            out.put(r.cell(0), new double[]{Double.parseDouble(r.cell(1)), Double.parseDouble(r.cell(2))});
        return out;
    }

    private void loadCountries(Map<String, double[]> centroids) {
        for (TsvFile.Row r : TsvFile.resource("org/tessera/coding/countries.tsv")) {
            String iso3 = r.cell(0);
            List<String> forms = TsvFile.alternatives(r.cell(1));
            if (forms.isEmpty()) continue;
            double[] c = centroids.get(iso3);
            if (c == null) continue; // no populated place in GeoNames (Antarctica, Bouvet Island): no coordinates to give
            Place p = new Place(null, forms.get(0), iso3, "", PlaceKind.COUNTRY, 0, false, c[0], c[1]);
            countryByCode.put(iso3, p);
            for (String f : forms) countryByName.putIfAbsent(PlaceKey.of(f), p);
            for (String a : TsvFile.alternatives(r.cell(2))) countryByAdjective.putIfAbsent(PlaceKey.of(a), iso3);
        }
        for (TsvFile.Row r : TsvFile.resource("org/tessera/coding/country-aliases.tsv")) {
            Place p = countryByCode.get(r.cell(1));
            if (p == null) continue;
            // "Welsh", "Soviet": an adjective of the country, not a place called that.
            if (r.cell(2).equals("adjective")) countryByAdjective.putIfAbsent(PlaceKey.of(r.cell(0)), r.cell(1));
            else countryByName.putIfAbsent(PlaceKey.of(r.cell(0)), p);
        }
    }

    private static Map<String, Place> loadStates(Map<String, double[]> centroids) {
        Map<String, Place> out = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource(BASE + "us-states.tsv")) {
            double[] c = centroids.get("USA." + r.cell(1));
            if (c == null) throw r.error("no places of state " + r.cell(1) + " in the gazetteer");
            out.put(PlaceKey.of(r.cell(0)), new Place(null, r.cell(0), "USA", r.cell(1), PlaceKind.US_STATE, 0, false, c[0], c[1]));
        }
        return out;
    }

    private static Map<String, Place> loadRegions() {
        Map<String, Place> out = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource(BASE + "regions.tsv")) {
            List<String> forms = TsvFile.alternatives(r.cell(0));
            try {
                Place p = new Place(null, forms.get(0), r.cell(1), "", PlaceKind.WORLD_STATE, 0, false,
                        Double.parseDouble(r.cell(2)), Double.parseDouble(r.cell(3)));
                for (String f : forms) out.put(PlaceKey.of(f), p);
            } catch (RuntimeException e) {
                throw r.error("bad region line: " + e.getMessage());
            }
        }
        return out;
    }

    private Map<String, Place> loadAliases(Map<Long, Integer> byId) {
        Map<String, Place> out = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource(BASE + "place-aliases.tsv")) {
            Integer i = byId.get(Long.parseLong(r.cell(1)));
            if (i == null) throw r.error("geonameid " + r.cell(1) + " is not in the gazetteer");
            out.put(PlaceKey.of(r.cell(0)), city(i));
        }
        return out;
    }

    /** Reads cities.tsv.gz into growable arrays; remembers only the positions of ids our aliases use. */
    private static final class Loader {
        int size;
        long[] ids = new long[140_000];
        String[] names = new String[140_000];
        String[] countries = new String[140_000];
        String[] admin1s = new String[140_000];
        int[] populations = new int[140_000];
        float[] lats = new float[140_000];
        float[] lons = new float[140_000];
        boolean[] capitals = new boolean[140_000];
        final Map<String, int[]> index = new HashMap<>(200_000);
        final Map<Long, Integer> byId = new HashMap<>();

        static Loader read(InputStream gz) throws IOException {
            java.util.Set<Long> wanted = new java.util.HashSet<>();
            for (TsvFile.Row r : TsvFile.resource(BASE + "place-aliases.tsv")) wanted.add(Long.parseLong(r.cell(1)));
            Loader l = new Loader();
            Map<String, String> interned = new HashMap<>();
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                String[] c = line.split("\t", -1);
                if (c.length < 8) continue;
                l.grow();
                int i = l.size++;
                l.ids[i] = Long.parseLong(c[0]);
                l.names[i] = c[1];
                l.countries[i] = interned.computeIfAbsent(c[2], k -> k);
                l.admin1s[i] = interned.computeIfAbsent(c[3], k -> k);
                l.capitals[i] = c[4].equals("PPLC");
                l.populations[i] = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(c[5]));
                l.lats[i] = Float.parseFloat(c[6]);
                l.lons[i] = Float.parseFloat(c[7]);
                l.index.merge(PlaceKey.of(c[1]), new int[]{i}, Loader::concat);
                if (wanted.contains(l.ids[i])) l.byId.put(l.ids[i], i);
            }
            return l;
        }

        private static int[] concat(int[] a, int[] b) {
            int[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }

        private void grow() {
            if (size < ids.length) return;
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            names = Arrays.copyOf(names, n);
            countries = Arrays.copyOf(countries, n);
            admin1s = Arrays.copyOf(admin1s, n);
            populations = Arrays.copyOf(populations, n);
            lats = Arrays.copyOf(lats, n);
            lons = Arrays.copyOf(lons, n);
            capitals = Arrays.copyOf(capitals, n);
        }
    }
}
