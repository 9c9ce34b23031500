package org.tessera.coding;

import java.util.Objects;
import java.util.Set;
import org.tessera.cameo.CameoTable;

/**
 * What the family rule knows: the table of codes by action class and family ({@link FamilyTable}),
 * the words of each action class ({@link ActionClasses}) and the words that frame an action
 * ({@link ActionFrames}). Loaded once, shared by all threads.
 */
public record VerbalFamilies(FamilyTable table, ActionClasses classes, ActionFrames frames) {
    public VerbalFamilies {
        Objects.requireNonNull(table);
        Objects.requireNonNull(classes);
        Objects.requireNonNull(frames);
    }

    public static VerbalFamilies bundled(CameoTable cameo) {
        FamilyTable table = FamilyTable.bundled(cameo);
        return new VerbalFamilies(table, ActionClasses.bundled(table), ActionFrames.bundled());
    }

    /** Every CAMEO code the rule can give. */
    public Set<String> codes() {
        return table.codes();
    }

    ActionClassifier classifier() {
        return new ActionClassifier(classes, frames, table);
    }
}
