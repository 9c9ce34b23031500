package org.tessera.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.cameo.CameoTable;
import org.tessera.model.CameoCode;

/**
 * Which event codes of the codebook something can produce: the codes of the lexicon's patterns
 * together with the codes other mechanisms report (the verbal-family table gives "offered to send
 * aid" its 0331 without a lexicon line of its own). Roots are categories, not events, so they are
 * not counted: the 296 three- and four-digit codes of CAMEO 1.1b3 are.
 *
 * @param codes    the event codes of the codebook, in its order
 * @param covered  those some pattern or mechanism produces
 * @param patterns how many lexicon patterns there are
 */
public record LexiconCoverage(List<CameoCode> codes, Set<String> covered, int patterns) {
    public LexiconCoverage {
        codes = List.copyOf(codes);
        covered = Set.copyOf(covered);
    }

    /** Coverage of {@code lexicon}, counting also {@code coveredElsewhere}, codes that must be in the table. */
    public static LexiconCoverage of(CameoTable cameo, Collection<EventPattern> lexicon, Set<String> coveredElsewhere) {
        for (String c : coveredElsewhere)
            if (!cameo.contains(c)) throw new IllegalArgumentException("unknown CAMEO code reported as covered: " + c);
        Set<String> covered = new TreeSet<>(coveredElsewhere);
        for (EventPattern p : lexicon) covered.add(p.cameo());
        List<CameoCode> events = cameo.all().stream().filter(LexiconCoverage::isEventCode).toList();
        covered.removeIf(c -> c.length() == 2);
        return new LexiconCoverage(events, covered, lexicon.size());
    }

    static boolean isEventCode(CameoCode c) {
        return c.code().length() > 2;
    }

    /** The event codes nothing produces, in the codebook's order. */
    public List<CameoCode> uncovered() {
        List<CameoCode> out = new ArrayList<>();
        for (CameoCode c : codes) if (!covered.contains(c.code())) out.add(c);
        return out;
    }

    /** "coverage: N of 296 codes (M patterns)". */
    public String summary() {
        return "coverage: " + (codes.size() - uncovered().size()) + " of " + codes.size() + " codes (" + patterns + " patterns)";
    }
}
