package org.tessera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.RawDocument;

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
    void reportEndsWithTheOneThreadRatioAndShowsTheSpeedUp() {
        Tally bare = new Tally(10, 10, 200, 200, 0, 4_000_000_000L);
        Tally one = new Tally(10, 10, 200, 140, 50, 2_000_000_000L);
        Tally two = new Tally(10, 10, 200, 140, 50, 1_000_000_000L);
        BenchReport r = new BenchReport(10, bare, one, two, 2, 3L << 30, 1L << 30, 4L << 30, ThroughputBench.WarmUp.NONE);
        assertEquals(2.0, r.ratio(), 1e-9);
        assertEquals(2.0, r.speedup(), 1e-9);
        List<String> lines = r.lines();
        assertEquals("pipeline/bare ratio=2.00", lines.get(lines.size() - 1));
        assertTrue(lines.stream().anyMatch(l -> l.contains("speed-up 2.00x")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("parsed 140 of 200")), lines.toString());
    }
}
