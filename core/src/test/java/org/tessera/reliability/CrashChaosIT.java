package org.tessera.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.PartialDate;
import org.tessera.model.RawDocument;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.store.EventQuery;
import org.tessera.store.EventStore;
import org.tessera.store.Ingester;
import org.tessera.testkit.IngestProcess;
import org.tessera.testkit.SharedNlp;

/**
 * {@code tessera ingest} killed with SIGKILL twenty times at random points, then resumed, ends
 * with exactly the rows of one clean run: nothing lost, nothing stored twice. Kill points are of
 * two realistic kinds, chosen at random: during start-up (store just opened, CoreNLP loading;
 * cheap) and among commits (a random 0–1.2 s after the run's first commit; each costs a full
 * CoreNLP load, which is what bounds this test's time).
 */
class CrashChaosIT {
    private static final int ARTICLES = 40;
    private static final int KILLS = 20;

    @TempDir
    Path tmp;

    @Test
    void twentyRandomKillsThenResumeEqualsACleanRun() throws Exception {
        long seed = Long.getLong("chaos.seed", System.nanoTime());
        Random random = new Random(seed);
        Path input = tmp.resolve("in");
        OurArticles.writeMany(input, ARTICLES);
        Path db = tmp.resolve("chaos");
        long t0 = System.nanoTime();
        int startupKills = 0;
        int commitKills = 0;
        int committed = 0;
        StringBuilder log = new StringBuilder();
        for (int round = 0; round < KILLS; round++) {
            // Among-commit kills only while enough is left to commit; after that, start-up kills.
            boolean amongCommits = committed < ARTICLES - 12 && random.nextInt(100) < 55;
            try (IngestProcess p = IngestProcess.start(db, List.of(input), "--date", "2021-04-01")) {
                if (amongCommits) {
                    assertTrue(p.awaitCommitted(1, Duration.ofMinutes(3)), "round " + round + ": no commit before the child ended:\n" + p.output());
                    Thread.sleep(random.nextInt(1200));
                    commitKills++;
                } else {
                    Thread.sleep(300 + random.nextInt(6000));
                    startupKills++;
                }
                p.kill();
                committed += p.committed().size();
                log.append(String.format("round %d: %s kill after %d commits%n", round, amongCommits ? "commit" : "start-up",
                        p.committed().size()));
            }
        }
        double chaosSeconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(commitKills > 0 && committed > 0, "no kill landed among commits\n" + log);

        int resumedExit;
        String resumedOutput;
        try (IngestProcess p = IngestProcess.start(db, List.of(input), "--date", "2021-04-01")) {
            resumedExit = p.waitFor(Duration.ofMinutes(4));
            resumedOutput = p.output();
        }
        assertEquals(0, resumedExit, resumedOutput);
        double resumeSeconds = (System.nanoTime() - t0) / 1e9 - chaosSeconds;

        Path clean = tmp.resolve("clean");
        cleanRun(input, clean);

        for (String sql : List.of(StoreRows.DOCS, StoreRows.ARTICLES, StoreRows.EVENTS, StoreRows.MENTIONS))
            assertEquals(StoreRows.rows(clean, sql), StoreRows.rows(db, sql), sql + "\n" + log);
        try (EventStore a = EventStore.open(db); EventStore b = EventStore.open(clean)) {
            assertEquals(b.counts(), a.counts());
            assertEquals(ARTICLES, a.counts().documents());
            assertTrue(a.counts().events() > 0, a.counts().toString());
            assertEquals(b.search("talks", EventQuery.all(), 500).size(), a.search("talks", EventQuery.all(), 500).size());
        }
        System.out.printf("CrashChaosIT (seed %d): %d kills survived (%d at start-up, %d among commits), %d commits before the "
                        + "resume; chaos %.0f s, resume %.0f s, total %.0f s%n%s", seed, startupKills + commitKills, startupKills,
                commitKills, committed, chaosSeconds, resumeSeconds, (System.nanoTime() - t0) / 1e9, log);
    }

    /** The same documents through the same pipeline as the CLI's, in this JVM, on the shared CoreNLP. */
    private static void cleanRun(Path input, Path dir) {
        PipelineConfig config = new PipelineConfig(new IntakeOptions(PartialDate.parse("2021-04-01").orElseThrow(),
                IntakeOptions.DEFAULT_MAX_BYTES), AnnotatorConfig.defaults(), null, 1);
        List<RawDocument> docs = BatchRunner.expand(List.of(input), config.intake().maxBytes(), e -> {
            throw new AssertionError(e);
        });
        var pipeline = SharedNlp.assembly(config).pipeline();
        try (EventStore s = EventStore.open(dir)) {
            new Ingester(s, pipeline, 1).run(docs, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, id -> {
            });
        }
    }
}
