package org.tessera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.RawDocument;
import org.tessera.nlp.StageClock;

class ThroughputBenchTest {
    @Test
    void chunksCoverEveryDocumentOnceInOrder() {
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) docs.add(new RawDocument("d" + i, "d" + i, "x".repeat(10 + i * 7).getBytes(StandardCharsets.UTF_8), "", null));
        for (int n : new int[] {1, 3, 4, 10, 20}) {
            List<List<RawDocument>> chunks = ThroughputBench.chunks(docs, n);
            assertEquals(Math.min(n, 10), chunks.size(), "pieces for " + n);
            assertEquals(docs, chunks.stream().flatMap(List::stream).toList());
            assertTrue(chunks.stream().noneMatch(List::isEmpty));
        }
    }

    @Test
    void reportEndsWithTheOneThreadRatiosAndShowsTheSpeedUpAndTheSteps() {
        Tally bare = new Tally(10, 10, 200, 200, 0, 4_000_000_000L);
        Tally one = new Tally(10, 10, 200, 140, 50, 2_000_000_000L)
                .withStages(snapshot("tokenize+ssplit", 100_000_000L, "ner (3-class CRF)", 300_000_000L, "sutime (parsed sentences)", 50_000_000L));
        Tally ref = new Tally(10, 10, 200, 140, 50, 10_000_000_000L)
                .withStages(snapshot("tokenize+ssplit", 100_000_000L, "ner (3 CRF models, numeric, SUTime)", 6_000_000_000L));
        Tally two = new Tally(10, 10, 200, 140, 50, 1_000_000_000L);
        BenchReport r = new BenchReport(10, bare, one, ref, two, 2, 3L << 30, 1L << 30, 4L << 30, ThroughputBench.WarmUp.NONE);
        assertEquals(2.0, r.ratio(), 1e-9);
        assertEquals(5.0, r.referenceRatio(), 1e-9);
        assertEquals(2.0, r.speedup(), 1e-9);
        List<String> lines = r.lines();
        assertEquals("pipeline/bare ratio=2.00", lines.get(lines.size() - 2));
        assertEquals("pipeline/reference ratio=5.00", lines.get(lines.size() - 1));
        String table = String.join("\n", lines);
        // 300 ms of NER over 10 articles is 30 ms an article and 15% of the pipeline's 2 s; the reference's NER is 600 ms and 60%.
        assertTrue(table.matches("(?s).*ner \\(3-class CRF\\)\\s+30\\.0 ms\\s+15\\.0%.*"), table);
        assertTrue(table.matches("(?s).*ner \\(3 CRF models, numeric, SUTime\\)\\s+-\\s+600\\.0 ms\\s+60\\.0%.*"), table);
        List<String> steps = StageTable.order(List.of("a", "ner1", "c"), List.of("a", "ner3", "c"));
        assertEquals(List.of("a", "ner3", "ner1", "c"), steps);
        assertTrue(lines.stream().anyMatch(l -> l.contains("speed-up 2.00x")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("parsed 140 of 200")), lines.toString());
    }

    private static StageClock.Snapshot snapshot(Object... stepsAndNanos) {
        java.util.Map<String, StageClock.Stage> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < stepsAndNanos.length; i += 2) m.put((String) stepsAndNanos[i], new StageClock.Stage((Long) stepsAndNanos[i + 1], 200));
        return new StageClock.Snapshot(m);
    }
}
