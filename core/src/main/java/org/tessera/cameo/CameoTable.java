package org.tessera.cameo;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tessera.data.TsvFile;
import org.tessera.model.CameoCode;

/** Immutable look-up of CAMEO codes. */
public final class CameoTable {
    public static final String RESOURCE = "org/tessera/cameo/cameo-codes.tsv";
    private final Map<String, CameoCode> codes;

    private CameoTable(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** Our bundled codebook. */
    public static CameoTable load() {
        Map<String, CameoCode> m = new LinkedHashMap<>();
        for (TsvFile.Row r : TsvFile.resource(RESOURCE)) {
            try {
                CameoCode c = new CameoCode(r.cell(0), r.cell(3), Double.parseDouble(r.cell(1)), Integer.parseInt(r.cell(2)));
                if (m.put(c.code(), c) != null) throw r.error("duplicate code " + c.code());
            } catch (NumberFormatException e) {
                throw r.error("bad number: " + e.getMessage());
            }
        }
        return new CameoTable(m);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The code, or an error naming it: callers pass codes from our own lexicon, checked at load time. */
    public CameoCode get(String code) {
        CameoCode c = codes.get(code);
        if (c == null) throw new IllegalArgumentException("unknown CAMEO code: " + code);
        return c;
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
