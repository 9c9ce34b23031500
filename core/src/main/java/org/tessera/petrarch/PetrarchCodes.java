package org.tessera.petrarch;

import java.util.Map;

/**
 * PETRARCH actor codes to our actor fields. A code is read in three-letter parts: the first is the
 * country ({@code BLRGOV} → BLR, GOV); {@code IGO}, {@code NGO}, {@code IMG} and the like name a
 * kind of organisation whose next part is the body, mapped to our organisation codes where we have
 * one ({@code IGOUNO} → UN, {@code IGOEEU} → EU, {@code IGONAT} → NATO; otherwise the part itself),
 * with role IGO or NGO; {@code ---} (unknown country) stays as is. Only the first role part is kept.
 */
public final class PetrarchCodes {
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("UNO", "UN"), Map.entry("EEU", "EU"), Map.entry("EUR", "EU"), Map.entry("NAT", "NATO"),
            Map.entry("AFR", "AU"), Map.entry("ASN", "ASEAN"), Map.entry("OSC", "OSCE"), Map.entry("WTO", "WTO"),
            Map.entry("IMF", "IMF"), Map.entry("WBK", "WB"), Map.entry("ARL", "AL"), Map.entry("CIS", "CIS"),
            Map.entry("COE", "COE"), Map.entry("OPC", "OPEC"), Map.entry("SCO", "SCO"));

    private PetrarchCodes() {
    }

    /** {country, role}. */
    public static String[] split(String code) {
        if (code == null || code.length() < 3) return new String[]{code == null ? "" : code, ""};
        String first = code.substring(0, 3);
        String rest = code.substring(3);
        if (first.equals("IGO") || first.equals("NGO") || first.equals("IMG") || first.equals("MNC") || first.equals("NGM")) {
            if (rest.length() >= 3) {
                String body = rest.substring(0, 3);
                String role = rest.length() >= 6 ? rest.substring(3, 6) : (first.equals("IGO") ? "IGO" : "NGO");
                return new String[]{BODIES.getOrDefault(body, body), role};
            }
            return new String[]{first, ""};
        }
        return new String[]{first, rest.length() >= 3 ? rest.substring(0, 3) : ""};
    }
}
