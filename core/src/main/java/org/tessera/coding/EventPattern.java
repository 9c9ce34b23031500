package org.tessera.coding;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the event lexicon: a trigger word, what must hang off it in the dependency parse,
 * and where the target is.
 *
 * @param id           a stable name, printed as evidence ("sanction.impose-on")
 * @param cameo        the CAMEO code it assigns
 * @param triggers     lemmas of the trigger word
 * @param nominal      true when the trigger is a noun ("visit to", "sanctions against"), else a verb
 * @param requirements dependents the trigger must (or must not) have
 * @param targetSlots  where to look for the target, in order: a relation (obj, iobj) or a preposition (on, with)
 * @param sourceSlots  where to look for the source when not the subject (nominal triggers: poss, amod, compound)
 * @param targetOptional true when the event may have no target (one-actor events)
 * @param origin       file and line
 * @param mutual       conjoined subjects act on each other when no target is named ("Japan and Russia held talks")
 */
public record EventPattern(String id, String cameo, Set<String> triggers, boolean nominal, List<Requirement> requirements,
                           List<String> targetSlots, List<String> sourceSlots, boolean targetOptional, String origin,
                           boolean mutual) {
    public EventPattern(String id, String cameo, Set<String> triggers, boolean nominal, List<Requirement> requirements,
                        List<String> targetSlots, List<String> sourceSlots, boolean targetOptional, String origin) {
        this(id, cameo, triggers, nominal, requirements, targetSlots, sourceSlots, targetOptional, origin, false);
    }

    public EventPattern {
        Objects.requireNonNull(id);
        Objects.requireNonNull(cameo);
        triggers = Set.copyOf(triggers);
        requirements = List.copyOf(requirements);
        targetSlots = List.copyOf(targetSlots);
        sourceSlots = List.copyOf(sourceSlots);
    }

    /**
     * A dependent the trigger must have ({@code +obj:sanction}) or must not have ({@code -obj:site}).
     * {@code link} is a relation (obj, xcomp, prt, ...) or a preposition, or several joined by '|'
     * ("for|over": the parse or the writer may use either); {@code lemmas} empty means any word.
     */
    public record Requirement(String link, Set<String> lemmas, boolean present) {
        public Requirement {
            lemmas = Set.copyOf(lemmas);
        }

        /** The alternative links, in the order written. */
        public List<String> links() {
            return List.of(link.split("\\|"));
        }

        public boolean accepts(String lemma) {
            return lemmas.isEmpty() || lemmas.contains(lemma);
        }
    }

    /** How specific the pattern is: patterns that ask more, and name the words they want, win at the same trigger. */
    public int specificity() {
        int n = 0;
        for (Requirement r : requirements) n += r.present() ? (r.lemmas().isEmpty() ? 2 : 3) : 1;
        return n;
    }
}
