package org.tessera.eval;

import java.util.Locale;

/** Recall of one group of required gold entries (a CAMEO root, a PLOVER category). */
public record Tally(String group, int required, int found) {
    public double recall() {
        return required == 0 ? 0 : (double) found / required;
    }

    public String line() {
        return String.format(Locale.ROOT, "%-12s required=%d found=%d recall=%.2f", group, required, found, recall());
    }
}
