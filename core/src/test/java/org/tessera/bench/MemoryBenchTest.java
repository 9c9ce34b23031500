package org.tessera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.RawDocument;

class MemoryBenchTest {
    @Test
    void generatesExactlyTheArticlesAskedForEachDistinctAndTheSameForTheSameSeed() {
        List<RawDocument> docs = MemoryBench.articles(250, 3);
        assertEquals(250, docs.size());
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (RawDocument d : docs) {
            ids.add(d.id());
            texts.add(new String(d.content(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(250, ids.size());
        assertEquals(250, texts.size(), "generated articles should not repeat (copies would skip annotation)");
        assertEquals(docs.get(249).id(), MemoryBench.articles(250, 3).get(249).id());
    }

    @Test
    void writesOneFilePerArticle(@TempDir Path dir) throws Exception {
        MemoryBench.write(MemoryBench.articles(12, 1), dir.resolve("corpus"));
        try (var files = Files.list(dir.resolve("corpus"))) {
            assertEquals(12, files.count());
        }
    }

    @Test
    void summaryGivesGrowthFromTheFirstStepToTheLast() {
        List<MemoryBench.Step> steps = List.of(new MemoryBench.Step(0, 1000, 50, 10, 900L << 20, 2000L << 20),
                new MemoryBench.Step(1000, 2000, 60, 10, 950L << 20, 2100L << 20));
        String s = MemoryBench.summary(steps);
        assertTrue(s.contains("900 MiB after the first step, 950 MiB after the last (+50 MiB), at most 950 MiB"), s);
        assertTrue(s.contains("peak in use 2100 MiB"), s);
        assertTrue(MemoryBench.line(steps.get(1)).contains("100.0 articles/s"), MemoryBench.line(steps.get(1)));
    }
}
