package org.tessera.coding;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.tessera.data.TsvFile;
import org.tessera.model.Actor;
import org.tessera.model.PartialDate;

/**
 * Regimes and states that have ended ("Nazi", "Soviet", "Ottoman"), with the last year each stood,
 * from {@code past-regimes.tsv}: an event the text gives to one of them is history the article
 * recalls ("during Operation Barbarossa, Nazi Germany's invasion of the Soviet Union"), not an event
 * of the article's time. Immutable and thread-safe.
 */
public final class PastRegimes {
    public static final String RESOURCE = "org/tessera/coding/past-regimes.tsv";
    /** Words before a regime's name that make it today's successors: "the former Soviet republics". */
    private static final java.util.Set<String> SUCCESSOR = java.util.Set.of("former", "ex", "post");

    private final Map<String, Integer> lastYear;

    public PastRegimes(Map<String, Integer> lastYear) {
        this.lastYear = Map.copyOf(lastYear);
    }

    /** Our bundled list. */
    public static PastRegimes bundled() {
        Map<String, Integer> m = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource(RESOURCE)) {
            try {
                if (m.put(r.cell(0).toLowerCase(Locale.ROOT), Integer.parseInt(r.cell(1))) != null) throw r.error("listed twice: " + r.cell(0));
            } catch (NumberFormatException e) {
                throw r.error("not a year: " + r.cell(1));
            }
        }
        return new PastRegimes(m);
    }

    /**
     * Whether the actor's own words name a regime that had ended before {@code published}; an
     * undated article is read as written after all of them.
     */
    public boolean ended(Actor actor, PartialDate published) {
        if (actor == null) return false;
        String[] words = actor.text().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
        for (int i = 0; i < words.length; i++) {
            String[] parts = words[i].split("-");
            Integer last = lastYear.get(words[i]);
            for (int j = 0; last == null && j < parts.length; j++)
                if (j == 0 || !SUCCESSOR.contains(parts[j - 1])) last = lastYear.get(parts[j]);
            if (last == null || i > 0 && SUCCESSOR.contains(words[i - 1])) continue;
            if (published == null || last < published.year()) return true;
        }
        return false;
    }
}
