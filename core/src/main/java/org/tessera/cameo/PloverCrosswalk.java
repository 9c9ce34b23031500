package org.tessera.cameo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tessera.data.TsvFile;
import org.tessera.model.CameoCode;
import org.tessera.model.Modality;

/**
 * CAMEO codes read as PLOVER events, from our data file {@code plover-crosswalk.tsv} (PLOVER's own
 * CAMEO crosswalk; its header gives the format and the sources). Immutable once loaded.
 */
public final class PloverCrosswalk {
    public static final String RESOURCE = "org/tessera/cameo/plover-crosswalk.tsv";
    /** How the file says where a line comes from; {@code none} marks a code PLOVER does not code. */
    public static final Set<String> BASES = Set.of("crosswalk", "root", "parent", "ours", "none");
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z_-]*");

    /**
     * One line of the file.
     *
     * @param code  the CAMEO code
     * @param type  the PLOVER type, or null where PLOVER has no counterpart
     * @param mode  the mode, or null
     * @param contexts the contexts, possibly empty
     * @param basis crosswalk, root, parent, ours or none
     */
    public record Entry(String code, PloverType type, String mode, List<String> contexts, String basis) {
        public Entry {
            contexts = List.copyOf(contexts);
        }

        public boolean mapped() {
            return type != null;
        }
    }

    private final Map<String, Entry> entries;

    private PloverCrosswalk(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Our bundled crosswalk. */
    public static PloverCrosswalk load() {
        return of(TsvFile.resource(RESOURCE));
    }

    /** A crosswalk in the same format read from a stream, named {@code name} in errors. */
    public static PloverCrosswalk read(String name, InputStream in) throws IOException {
        return of(TsvFile.read(name, in, TsvFile.Layout.TABS));
    }

    private static PloverCrosswalk of(List<TsvFile.Row> rows) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (TsvFile.Row r : rows) {
            Entry e = entry(r);
            if (m.put(e.code(), e) != null) throw r.error("duplicate code " + e.code());
        }
        return new PloverCrosswalk(m);
    }

    private static Entry entry(TsvFile.Row r) {
        if (r.cells().size() != 5)
            throw r.error("expected 5 tab-separated columns (code, type, mode, context, basis), found " + r.cells().size());
        String code = r.cell(0);
        if (!CODE.matcher(code).matches()) throw r.error("bad CAMEO code '" + code + "': 2 to 4 digits expected");
        String basis = r.cell(4);
        if (!BASES.contains(basis)) throw r.error("unknown basis '" + basis + "': one of crosswalk, root, parent, ours, none");
        String mode = dash(r.cell(2));
        List<String> contexts = dash(r.cell(3)) == null ? List.of() : TsvFile.alternatives(r.cell(3));
        if (mode != null && !WORD.matcher(mode).matches()) throw r.error("bad mode '" + mode + "': lower-case words expected");
        for (String c : contexts)
            if (!WORD.matcher(c).matches()) throw r.error("bad context '" + c + "': lower-case words, '|'-separated, expected");
        String typeCell = r.cell(1);
        if (typeCell.equals("-")) {
            if (!basis.equals("none")) throw r.error("code " + code + " has no PLOVER type, so its basis must be 'none', not '" + basis + "'");
            if (mode != null || !contexts.isEmpty()) throw r.error("code " + code + " has no PLOVER type but a mode or context");
            return new Entry(code, null, null, List.of(), basis);
        }
        if (basis.equals("none")) throw r.error("code " + code + " is marked unmapped (basis 'none') but has type " + typeCell);
        PloverType type;
        try {
            type = PloverType.valueOf(typeCell);
        } catch (IllegalArgumentException x) {
            throw r.error("unknown PLOVER type '" + typeCell + "'");
        }
        return new Entry(code, type, mode, contexts, basis);
    }

    private static String dash(String cell) {
        return cell.isEmpty() || cell.equals("-") ? null : cell;
    }

    /** The file's line for a code, if it has one. */
    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * The PLOVER record of an event with this code and modality, empty where PLOVER codes no such
     * event. Modality adds a context and changes nothing else (the rule is in the data file's header).
     */
    public Optional<PloverReading> reading(CameoCode code, Modality modality) {
        return reading(code.code(), modality);
    }

    /** As {@link #reading(CameoCode, Modality)}, by the code's digits. */
    public Optional<PloverReading> reading(String code, Modality modality) {
        Entry e = entries.get(code);
        if (e == null || !e.mapped()) return Optional.empty();
        List<String> contexts = new ArrayList<>(e.contexts());
        String added = modalityContext(modality);
        if (added != null && !contexts.contains(added)) contexts.add(added);
        return Optional.of(new PloverReading(e.type(), e.mode(), contexts));
    }

    /** PLOVER's context for an event the text does not assert, or null. */
    static String modalityContext(Modality m) {
        return switch (m) {
            case ASSERTED, REPORTED -> null;
            case FUTURE -> "future";
            case HYPOTHETICAL -> "hypothetical";
            case NEGATED -> "negation";
        };
    }
}
