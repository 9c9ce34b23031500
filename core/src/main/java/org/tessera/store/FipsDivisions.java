package org.tessera.store;

import com.maxmind.geoip.regionName;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.tessera.data.TsvFile;

/**
 * GeoNames first-level division codes to GDELT's FIPS 10-4 ADM1 division codes, with the
 * divisions' names. Our file {@code geonames-adm1-fips.tsv} says how each country whose GeoNames
 * codes are not FIPS codes maps (Switzerland's "ZH" is FIPS "25"); other countries' codes are taken
 * as they are when the FIPS division table of MaxMind's GeoIP legacy library (a Maven Central
 * dependency: it holds each FIPS division's name, and US states by postal code as GDELT writes
 * them) knows them, since a GeoNames code that FIPS lacks must not pass for a FIPS one. Immutable.
 */
final class FipsDivisions {
    private static final String FILE = "org/tessera/store/geonames-adm1-fips.tsv";
    private static final String NONE = "-";
    private static final String SAME = "=";

    /** Per country: GeoNames code (or "*") to FIPS division code, "-" or "=". */
    private final Map<String, Map<String, String>> rules;
    private final Map<String, String> iso2;

    private FipsDivisions(Map<String, Map<String, String>> rules, Map<String, String> iso2) {
        this.rules = Map.copyOf(rules);
        this.iso2 = Map.copyOf(iso2);
    }

    static FipsDivisions bundled() {
        Map<String, Map<String, String>> rules = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource(FILE)) {
            String iso3 = r.cell(0), geonames = r.cell(1), fips = r.cell(2);
            if (!iso3.matches("[A-Z]{3}")) throw r.error("'" + iso3 + "' is not an ISO 3166-1 alpha-3 code");
            if (geonames.isEmpty()) throw r.error("no GeoNames code");
            boolean known = fips.equals(NONE) || fips.matches("[A-Z0-9]{2}") || fips.equals(SAME) && geonames.equals("*");
            if (!known) throw r.error("FIPS division '" + fips + "' is neither two letters or digits, '-', nor '=' on a * row");
            if (rules.computeIfAbsent(iso3, k -> new HashMap<>()).put(geonames, fips) != null)
                throw r.error(iso3 + " " + geonames + " is listed twice");
        }
        Map<String, String> iso2 = new HashMap<>();
        for (String cc : Locale.getISOCountries()) iso2.put(new Locale("", cc).getISO3Country(), cc);
        iso2.put("XKX", "XK");
        Map<String, Map<String, String>> frozen = new HashMap<>();
        rules.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new FipsDivisions(frozen, iso2);
    }

    /** The FIPS division code of a GeoNames admin1 code of that country, or "" when none matches. */
    String division(String iso3, String geonamesAdmin1) {
        if (iso3 == null || geonamesAdmin1 == null || geonamesAdmin1.isEmpty()) return "";
        Map<String, String> country = rules.getOrDefault(iso3, Map.of());
        String rule = country.get(geonamesAdmin1);
        if (rule == null) rule = country.get("*");
        if (rule == null) return known(iso3, geonamesAdmin1) ? geonamesAdmin1 : "";
        if (rule.equals(NONE)) return "";
        if (rule.equals(SAME)) return geonamesAdmin1.matches("[A-Z0-9]{2}") ? geonamesAdmin1 : "";
        return rule;
    }

    /** The name of a FIPS division of that country ("Moscow City", "Texas"), or "" when the table has none. */
    String name(String iso3, String fipsDivision) {
        String cc = iso2.get(iso3);
        if (cc == null || fipsDivision == null || fipsDivision.isEmpty()) return "";
        String n = regionName.regionNameByCode(cc, fipsDivision);
        return n == null ? "" : n;
    }

    private boolean known(String iso3, String code) {
        return code.matches("[A-Z0-9]{2}") && !name(iso3, code).isEmpty();
    }
}
