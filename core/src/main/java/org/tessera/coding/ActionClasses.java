package org.tessera.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tessera.data.TsvFile;

/**
 * The words that name an action, with their action class ({@code action-classes.tsv}): "sanction" is
 * sanctions, "meet" a meeting, "medical team" humanitarian aid. Keys are a lemma or two words the
 * parse joins; which words to join is {@link ActionClassifier}'s. Immutable.
 */
final class ActionClasses {
    static final String RESOURCE = "org/tessera/coding/action-classes.tsv";
    private final Map<String, String> classes;

    private ActionClasses(Map<String, String> classes) {
        this.classes = Map.copyOf(classes);
    }

    static ActionClasses bundled(FamilyTable table) {
        return read(TsvFile.resource(RESOURCE), table);
    }

    /** Keys from rows of a data file; a class the table lacks, or a key listed twice, names file:line. */
    static ActionClasses read(List<TsvFile.Row> rows, FamilyTable table) {
        Map<String, String> out = new HashMap<>();
        for (TsvFile.Row r : rows) {
            String key = r.cell(0).toLowerCase(Locale.ROOT);
            String cls = r.cell(1);
            if (key.isEmpty() || cls.isEmpty()) throw r.error("want key<TAB>class");
            if (!table.hasClass(cls) || cls.equals(FamilyTable.UNCLASSIFIED)) throw r.error("unknown action class '" + cls + "'");
            if (out.putIfAbsent(key, cls) != null) throw r.error("'" + key + "' is listed twice");
        }
        return new ActionClasses(out);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(classes.get(key.toLowerCase(Locale.ROOT)));
    }
}
