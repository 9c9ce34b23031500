package org.tessera.coding;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.cameo.CameoTable;
import org.tessera.data.TsvFile;

/**
 * CAMEO's verbal families as one table ({@code verbal-families.tsv}): for each action class, the code
 * of doing it, of each family saying something about it (asking for, promising, demanding, rejecting,
 * threatening it), and the class that undoing it belongs to. The codebook mirrors the material codes
 * in each family (provide aid 07x, appeal for aid 023x, promise aid 033x, demand aid 103x, reject a
 * request for aid 122x), so one row per class replaces a pattern per verb and action. Immutable.
 */
public final class FamilyTable {
    public static final String RESOURCE = "org/tessera/coding/verbal-families.tsv";
    /** The class of an action nobody could classify: its row holds the families' root-level codes. */
    static final String UNCLASSIFIED = "-";
    private static final List<ActionFrame> FAMILY_COLUMNS = List.of(ActionFrame.APPEAL, ActionFrame.INTENT, ActionFrame.DEMAND,
            ActionFrame.REJECT, ActionFrame.THREATEN);

    /** One class: its codes by family (absent: the family's root-level code), material code, reversal, and where it is. */
    record Row(String actionClass, Map<ActionFrame, String> codes, Optional<String> material, Optional<String> reversal, String origin) {
        Row {
            codes = Map.copyOf(codes);
        }
    }

    private final Map<String, Row> rows;

    private FamilyTable(Map<String, Row> rows) {
        this.rows = Map.copyOf(rows);
    }

    public static FamilyTable bundled(CameoTable cameo) {
        return read(TsvFile.resource(RESOURCE), cameo);
    }

    /** The table from rows of a data file; an unknown code or class, or a class listed twice, names file:line. */
    static FamilyTable read(List<TsvFile.Row> lines, CameoTable cameo) {
        Map<String, Row> out = new LinkedHashMap<>();
        for (TsvFile.Row r : lines) {
            String cls = r.cell(0);
            if (cls.isEmpty() || r.cells().size() != 8) throw r.error("want 8 columns: class, material, 5 family codes, reversal");
            Map<ActionFrame, String> codes = new EnumMap<>(ActionFrame.class);
            for (int i = 0; i < FAMILY_COLUMNS.size(); i++) {
                Optional<String> c = code(r, r.cell(2 + i), cameo);
                if (c.isPresent()) codes.put(FAMILY_COLUMNS.get(i), c.get());
            }
            Optional<String> reversal = r.cell(7).equals("-") ? Optional.empty() : Optional.of(r.cell(7));
            if (out.put(cls, new Row(cls, codes, code(r, r.cell(1), cameo), reversal, r.where())) != null) throw r.error("class '" + cls + "' is listed twice");
        }
        Row root = out.get(UNCLASSIFIED);
        if (root == null || root.codes().size() != FAMILY_COLUMNS.size()) throw new IllegalArgumentException(RESOURCE + ": the '-' row must give every family's root-level code");
        for (Row row : out.values()) {
            if (row.reversal().isPresent() && !out.containsKey(row.reversal().get()))
                throw new IllegalArgumentException(row.origin() + ": unknown reversal class '" + row.reversal().get() + "'");
        }
        return new FamilyTable(out);
    }

    private static Optional<String> code(TsvFile.Row r, String cell, CameoTable cameo) {
        if (cell.equals("-")) return Optional.empty();
        if (!cameo.contains(cell)) throw r.error("unknown CAMEO code " + cell);
        return Optional.of(cell);
    }

    boolean hasClass(String actionClass) {
        return rows.containsKey(actionClass);
    }

    /** The row of a class, or the unclassified row. */
    Row row(Optional<String> actionClass) {
        return rows.getOrDefault(actionClass.orElse(UNCLASSIFIED), rows.get(UNCLASSIFIED));
    }

    /** What a family says about an action of the class: the class's code, or the family's root-level code. */
    String familyCode(ActionFrame family, Optional<String> actionClass) {
        return row(actionClass).codes().getOrDefault(family, rows.get(UNCLASSIFIED).codes().get(family));
    }

    /** The class of undoing an action of this class ("lift the sanctions": ease-economic-sanctions), if the table gives one. */
    Optional<String> reversal(String actionClass) {
        Row r = rows.get(actionClass);
        return r == null ? Optional.empty() : r.reversal();
    }

    /** The code of doing an action of the class itself, if it has one. */
    Optional<String> material(String actionClass) {
        Row r = rows.get(actionClass);
        return r == null ? Optional.empty() : r.material();
    }

    /**
     * What announcing an action of this material code is in a family: the family's column of the row
     * whose material code is the code or, failing that, its 3-digit parent or its root's general code.
     * Promising: "will provide aid" 070 is 033, "will attack" 190 a threat, 138; refusing: "will not
     * meet" 040 is 125. Empty when no row says (a refusal of force is no rejection).
     */
    public Optional<String> familyOf(String materialCode, ActionFrame family) {
        for (String c = materialCode; c.length() >= 3; c = c.length() == 3 ? "" : c.substring(0, 3)) {
            Optional<String> found = columnOfMaterial(c, family);
            if (found.isPresent()) return found;
            if (c.length() == 3 && !c.endsWith("0")) {
                found = columnOfMaterial(c.substring(0, 2) + "0", family);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> columnOfMaterial(String material, ActionFrame family) {
        for (Row r : rows.values())
            if (r.material().filter(material::equals).isPresent() && r.codes().containsKey(family))
                return Optional.of(r.codes().get(family));
        return Optional.empty();
    }

    /** Every code the families and the reversals can give: for counting the lexicon's coverage of the codebook. */
    public Set<String> codes() {
        Set<String> out = new TreeSet<>();
        for (Row r : rows.values()) {
            out.addAll(r.codes().values());
            r.reversal().flatMap(this::material).ifPresent(out::add);
        }
        return out;
    }
}
