package org.tessera.eval;

import java.util.List;
import java.util.Set;

/** One hand-coded event. */
public record GoldEntry(String id, String doc, String quote, Set<String> sources, Set<String> targets, List<String> roots,
                        boolean symmetric, boolean required) {
    public GoldEntry {
        sources = Set.copyOf(sources);
        targets = Set.copyOf(targets);
        roots = List.copyOf(roots);
    }
}
