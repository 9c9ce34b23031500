package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.testkit.IngestProcess;
import org.tessera.testkit.SharedNlp;

/**
 * An ingest killed with SIGKILL after a few commits and started again ends with exactly the
 * rows of an uninterrupted ingest: no document lost, none stored twice. Two child JVMs (the
 * killed one and the resumed one); the clean run is in-process on the shared CoreNLP.
 */
class KillResumeIT {
    static final String ARTICLES = "SELECT article_id, doc_id, article_index, story_id, title, text, skipped FROM articles ORDER BY article_id";
    static final String EVENTS = "SELECT event_id, article_id, story_id, sentence_index, json FROM events ORDER BY event_id";
    static final String MENTIONS = "SELECT event_id, article_id, sentence_index, site FROM mentions ORDER BY event_id, article_id";
    static final String DOCS = "SELECT doc_key, doc_id, content_hash, article_count FROM documents ORDER BY doc_id";

    @TempDir
    Path tmp;

    @Test
    void killedIngestResumesToTheSameRowsAsACleanRun() throws Exception {
        List<Path> files = SampleArticles.write(tmp.resolve("in"), 30);
        Path input = tmp.resolve("in");

        Path killedDb = tmp.resolve("killed");
        int committedBeforeKill;
        try (IngestProcess p = IngestProcess.start(killedDb, List.of(input), "--date", "2021-03-01")) {
            assertTrue(p.awaitCommitted(5, Duration.ofMinutes(6)), "child committed too little before ending:\n" + p.output());
            p.kill();
            committedBeforeKill = p.committed().size();
        }
        assertTrue(committedBeforeKill < files.size(), "the child finished before it could be killed");
        try (EventStore s = EventStore.open(killedDb)) {
            long docs = s.counts().documents();
            assertTrue(docs >= committedBeforeKill && docs < files.size(), "after the kill: " + s.counts());
        }
        try (IngestProcess p = IngestProcess.start(killedDb, List.of(input), "--date", "2021-03-01")) {
            assertEquals(0, p.waitFor(Duration.ofMinutes(8)), p.output());
            assertTrue(p.output().contains("already stored"), p.output());
        }

        Path cleanDb = tmp.resolve("clean");
        try (EventStore clean = EventStore.open(cleanDb)) {
            var config = new org.tessera.pipeline.PipelineConfig(new org.tessera.intake.IntakeOptions(
                    org.tessera.model.PartialDate.parse("2021-03-01").orElseThrow(), org.tessera.intake.IntakeOptions.DEFAULT_MAX_BYTES), org.tessera.nlp.AnnotatorConfig.defaults(), null, 1);
            List<RawDocument> docs = BatchRunner.expand(List.of(input), config.intake().maxBytes(), e -> {
                throw new AssertionError(e);
            });
            var pipeline = SharedNlp.assembly(config).pipeline(); // the same locator as the CLI child, so the rows compare equal
            new Ingester(clean, pipeline, 1).run(docs, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    false, id -> {
                    });
        }

        try (EventStore resumed = EventStore.open(killedDb); EventStore clean = EventStore.open(cleanDb)) {
            assertEquals(clean.counts(), resumed.counts());
            assertEquals(30, resumed.counts().documents());
            assertTrue(resumed.counts().events() > 0, resumed.counts().toString());
            for (String sql : List.of(DOCS, ARTICLES, EVENTS, MENTIONS)) assertEquals(rows(clean, sql), rows(resumed, sql), sql);
            assertEquals(clean.search("talks", EventQuery.all(), 100).size(), resumed.search("talks", EventQuery.all(), 100).size());
        }
    }

    private static List<String> rows(EventStore s, String sql) {
        return s.query("rows", sql, ps -> {
        }, rs -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) b.append(rs.getString(i)).append('|');
            return b.toString();
        });
    }
}
