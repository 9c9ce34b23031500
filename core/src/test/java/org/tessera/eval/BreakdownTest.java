package org.tessera.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tessera.eval.GoldScorerTest.event;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.model.Event;
import org.tessera.model.Modality;

class BreakdownTest {
    private static GoldEntry entry(String id, String quote, String root, String plover, boolean required) {
        return new GoldEntry(id, "b.txt", quote, Set.of("GBR"), Set.of("IRL"), List.of(root), false, required, plover);
    }

    private final List<GoldEntry> gold = List.of(
            entry("met", "the envoys met in Dublin", "04", "CONSULT", true),
            entry("warned", "London warned Dublin", "13", "THREATEN", true),
            entry("threatened", "London threatened to close the border", "13", "THREATEN", true),
            entry("shelled", "troops shelled the harbour", "19", "FIGHT", true),
            entry("habit", "London often criticises Dublin", "11", "DISAPPROVE", false));

    private final List<Event> predictions = List.of(
            event("b.txt", "On Monday the envoys met in Dublin.", "GBR", "IRL", "040", Modality.ASSERTED),
            // Quote and actors right, root wrong: 13 coded as 11 (here and in the next sentence) and as 17.
            event("b.txt", "London warned Dublin on trade.", "GBR", "IRL", "111", Modality.ASSERTED),
            event("b.txt", "London warned Dublin on trade.", "GBR", "IRL", "172", Modality.REPORTED),
            event("b.txt", "Then London threatened to close the border.", "GBR", "IRL", "112", Modality.ASSERTED),
            // Wrong actors: not a confusion of roots.
            event("b.txt", "Then London threatened to close the border.", "FRA", "IRL", "130", Modality.ASSERTED),
            // Not counted (future), so no confusion, but the sentence is not silent either.
            event("b.txt", "Troops shelled the harbour, and will shell it again.", "GBR", "IRL", "150", Modality.FUTURE));

    private final Breakdown b = Breakdown.of(gold, predictions);

    @Test
    void recallPerRootAndPerPloverCategoryOverRequiredEntries() {
        assertEquals(List.of(new Tally("04", 1, 1), new Tally("13", 2, 0), new Tally("19", 1, 0)), b.byRoot());
        assertEquals(List.of(new Tally("CONSULT", 1, 1), new Tally("FIGHT", 1, 0), new Tally("THREATEN", 2, 0)), b.byPlover());
        assertEquals("THREATEN     required=2 found=0 recall=0.00", b.byPlover().get(2).line());
    }

    @Test
    void confusionsCountCountedPredictionsWithTheRightQuoteAndActorsButAnotherRoot() {
        assertEquals(List.of(new Confusion("13", "11", 2), new Confusion("13", "17", 1)), b.confusions());
    }

    @Test
    void silentEntriesAreRequiredOnesWhoseSentenceGaveNoPredictionAtAll() {
        assertEquals(List.of(), b.silent());
        Breakdown without = Breakdown.of(gold, predictions.subList(0, 3));
        assertEquals(List.of("threatened", "shelled"), without.silent().stream().map(GoldEntry::id).toList());
    }

    @Test
    void entriesWithoutAPloverCategoryAreLeftOutOfThePloverTally() {
        Breakdown dev = Breakdown.of(List.of(new GoldEntry("d", "b.txt", "the envoys met in Dublin", Set.of("GBR"), Set.of("IRL"),
                List.of("04"), false, true, "")), predictions);
        assertEquals(List.of(new Tally("04", 1, 1)), dev.byRoot());
        assertEquals(List.of(), dev.byPlover());
    }
}
