package org.tessera.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.testkit.HandEvidence;
import org.tessera.model.CameoCode;
import org.tessera.model.DateSource;
import org.tessera.model.Event;
import org.tessera.model.Modality;

class GoldScorerTest {
    /** A hand-made prediction; {@code tgt} null: an event with no target. */
    static Event event(String doc, String sentence, String src, String tgt, String code, Modality m) {
        return new Event(doc, 0, sentence, 0, sentence.length(), null, DateSource.UNKNOWN,
                new Actor(src, "", src, "", ActorRule.COUNTRY, src), tgt == null ? null : new Actor(tgt, "", tgt, "", ActorRule.COUNTRY, tgt),
                new Event.Action(new CameoCode(code, "", 0, 1), ""), m, null, 0.5, HandEvidence.of("gold-test"), null);
    }

    private final GoldEntry visit = new GoldEntry("g1", "d.txt", "Lavrov arrived in “Tokyo”", Set.of("RUS"), Set.of("JPN"),
            List.of("04"), false, true, "");
    private final GoldEntry talks = new GoldEntry("g2", "d.txt", "held talks", Set.of("JPN"), Set.of("RUS"), List.of("04"), true, true, "");

    @Test
    void quoteIsFoundWithFoldedSpaceQuotesAndCase() {
        Event e = event("d.txt", "On Monday  LAVROV arrived in \"Tokyo\" for talks.", "RUS", "JPN", "042", Modality.ASSERTED);
        assertTrue(GoldScorer.matches(visit, e));
    }

    @Test
    void rootAndDirectionMatterUnlessSymmetric() {
        assertFalse(GoldScorer.matches(visit, event("d.txt", "Lavrov arrived in Tokyo", "JPN", "RUS", "042", Modality.ASSERTED)));
        assertFalse(GoldScorer.matches(visit, event("d.txt", "Lavrov arrived in Tokyo", "RUS", "JPN", "111", Modality.ASSERTED)));
        assertTrue(GoldScorer.matches(talks, event("d.txt", "Russia held talks with Japan", "RUS", "JPN", "046", Modality.ASSERTED)));
    }

    @Test
    void onlyAssertedAndReportedPredictionsCount() {
        Score s = GoldScorer.score(List.of(visit, talks), List.of(
                event("d.txt", "Lavrov arrived in \"Tokyo\"", "RUS", "JPN", "042", Modality.ASSERTED),
                event("d.txt", "Officials said Russia held talks with Japan", "RUS", "JPN", "163", Modality.REPORTED),
                event("d.txt", "x", "RUS", "JPN", "163", Modality.NEGATED),
                event("d.txt", "y", "RUS", "JPN", "163", Modality.HYPOTHETICAL),
                // Right quote, actors and root, but only announced: not counted, so neither found nor false.
                event("d.txt", "Japan held talks with Russia", "JPN", "RUS", "040", Modality.FUTURE),
                event("other.txt", "z", "RUS", "JPN", "163", Modality.ASSERTED)));
        assertEquals(2, s.predicted());
        assertEquals(1, s.correct());
        assertEquals(2, s.required());
        assertEquals(1, s.found());
        assertEquals(List.of("g2"), s.misses().stream().map(GoldEntry::id).toList());
        assertEquals(List.of("163"), s.falseEvents().stream().map(e -> e.action().code().code()).toList());
        assertEquals("precision=0.500 recall=0.500 f1=0.500", s.line());
    }

    @Test
    void aNullAmongTheTargetsOfAGoldLineAcceptsAnEventWithoutTarget(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"r1\",\"doc\":\"r.txt\",\"quote\":\"the minister resigned\",\"source\":[\"FRA\"],"
                + "\"target\":[\"FRA\",null],\"roots\":[\"08\"],\"plover\":\"CONCEDE\",\"required\":true}\n");
        GoldEntry g = GoldFile.read(gold).get(0);
        assertEquals("CONCEDE", g.plover());
        assertTrue(GoldScorer.matches(g, event("r.txt", "On Friday the minister resigned.", "FRA", null, "083", Modality.ASSERTED)));
        assertTrue(GoldScorer.matches(g, event("r.txt", "On Friday the minister resigned.", "FRA", "FRA", "083", Modality.ASSERTED)));
        assertFalse(GoldScorer.matches(g, event("r.txt", "On Friday the minister resigned.", "FRA", "DEU", "083", Modality.ASSERTED)));
    }
}
