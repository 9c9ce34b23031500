package org.tessera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.RawDocument;
import org.tessera.nlp.AnnotatorSet;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.testkit.SharedNlp;

/** Runs the bench machinery (with real temporary stores) on one small generated article; no timing assertions. */
class ThroughputBenchIT {
    @Test
    void benchOnATinyCorpusCountsTheSameSentencesForBareAndPipelineAndEndsWithTheRatio() {
        List<RawDocument> docs = new NewsCorpusGenerator().generate(5, 10).documents();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PipelineConfig config = PipelineConfig.defaults().withoutRepostCache();
        var assembly = SharedNlp.assembly(config);
        var reference = assembly.with(config.withAnnotator(config.annotator().with(AnnotatorSet.REFERENCE))).pipeline();
        var bench = new ThroughputBench(assembly.pipeline(), reference, IntakeOptions.defaults(), new ThroughputBench.Settings(2, 1, 2, 1, 0.0),
                new PrintStream(progress, true, StandardCharsets.UTF_8), false, true);

        BenchReport report = bench.run(docs);

        assertTrue(report.bare().sentences() >= 10, "sentences " + report.bare().sentences());
        assertEquals(report.bare().sentences(), report.pipeline().sentences());
        assertEquals(report.bare().sentences(), report.bare().parsed(), "bare parses every sentence");
        assertTrue(report.pipeline().parsed() < report.pipeline().sentences(), "the parse filter skips actor-less sentences");
        assertTrue(report.pipeline().events() > 0, "events from actor sentences");
        assertNotNull(report.many());
        assertEquals(report.pipeline().events(), report.many().events(), "threads change speed, not results");
        assertEquals(report.pipeline().events(), report.reference().events(), "the reference annotators code the same events here");
        assertEquals(report.pipeline().parsed(), report.reference().parsed());
        assertTrue(report.pipeline().stages().stages().containsKey("depparse (basic tree)"), report.pipeline().stages().toString());
        assertTrue(report.pipeline().stages().stages().containsKey("coding: finish"), report.pipeline().stages().toString());
        assertTrue(report.reference().stages().stages().keySet().stream().anyMatch(s -> s.startsWith("ner (3 CRF")), report.reference().stages().toString());
        assertTrue(report.peakHeapBytes() > 0);
        List<String> lines = report.lines();
        assertTrue(lines.get(lines.size() - 2).matches("pipeline/bare ratio=\\d+\\.\\d\\d"), lines.get(lines.size() - 2));
        assertTrue(lines.get(lines.size() - 1).matches("pipeline/reference ratio=\\d+\\.\\d\\d"), lines.get(lines.size() - 1));
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("bench: round 1/1"));
        // A JIT never quiet enough (share below 0) stops the warm-up at its time limit, after its minimum documents.
        assertTrue(report.warmUp().documents() >= 2, "warm-up " + report.warmUp());
        assertTrue(!report.warmUp().settled());
        assertTrue(lines.get(0).startsWith("warm-up: ") && lines.get(0).contains("not settled"), lines.get(0));
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("warm-up stopped at its limit of 1 s"));
    }
}
