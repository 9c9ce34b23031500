package org.tessera.eval;

import java.util.List;
import java.util.Set;

/**
 * One hand-coded event. An empty string among {@code targets} accepts an event with no target;
 * {@code plover} is the entry's PLOVER category where the gold file names one, else empty.
 */
public record GoldEntry(String id, String doc, String quote, Set<String> sources, Set<String> targets, List<String> roots,
                        boolean symmetric, boolean required, String plover) {
    public GoldEntry {
        sources = Set.copyOf(sources);
        targets = Set.copyOf(targets);
        roots = List.copyOf(roots);
        plover = plover == null ? "" : plover;
    }

    /** The most fitting accepted root: the one a miss or a confusion is counted under. */
    public String root() {
        return roots.isEmpty() ? "" : roots.get(0);
    }
}
