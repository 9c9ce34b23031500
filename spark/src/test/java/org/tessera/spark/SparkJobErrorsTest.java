package org.tessera.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken inputs are counted and written to {@code _errors}, one line each, and the job still
 * completes. Every input here fails before annotation, so no CoreNLP is loaded.
 */
class SparkJobErrorsTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("tessera-errors-test")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void brokenRecordsAreCountedAndListedWithoutFailingTheJob(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/wire"));
        Files.writeString(in.resolve("broken.jsonl"), "{\"url\": nope\n[1, 2]\n{\"title\":\"no text\"}\n");
        Files.writeString(in.resolve("huge.txt"), "Minsk and Tokyo signed a trade accord. ".repeat(20));
        String out = dir.resolve("out").toString();

        JobSummary s = TesseraSparkJob.run(spark, new JobRequest(dir.resolve("in").toString(), out, 3,
                new PipelineSettings(null, 100, 80), false));

        assertEquals(2, s.files());
        assertEquals(0, s.documents());
        assertEquals(4, s.failures());
        assertEquals(0, spark.read().parquet(out + "/events").count());
        assertEquals(List.of(), Files.readAllLines(dir.resolve("out/gdelt/events.tsv")));
        List<String> errors = spark.read().json(out + "/_errors").selectExpr("input", "stage", "reason")
                .collectAsList().stream().map(r -> r.getString(0).replaceAll(".*/in/", "") + " " + r.getString(1) + " " + r.getString(2))
                .sorted().collect(Collectors.toList());
        assertEquals(4, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("wire/broken.jsonl read line1: "), errors.get(0));
        assertTrue(errors.get(1).startsWith("wire/broken.jsonl read line2: not a JSON object"), errors.get(1));
        assertTrue(errors.get(2).startsWith("wire/broken.jsonl read line3: no \"text\" field"), errors.get(2));
        assertEquals("wire/huge.txt read over the limit of 100 bytes", errors.get(3));
    }

    @Test
    void aMissingInputOrATakenOutputIsAnErrorBeforeAnyWork(@TempDir Path dir) throws Exception {
        PipelineSettings settings = PipelineSettings.defaults();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () ->
                TesseraSparkJob.run(spark, new JobRequest(dir.resolve("none").toString(), dir.resolve("out").toString(), 0, settings, false)));
        assertTrue(missing.getMessage().endsWith("no such file or folder"), missing.getMessage());

        Files.writeString(dir.resolve("a.txt"), "text");
        Files.createDirectories(dir.resolve("taken"));
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () ->
                TesseraSparkJob.run(spark, new JobRequest(dir.resolve("a.txt").toString(), dir.resolve("taken").toString(), 0, settings, false)));
        assertTrue(taken.getMessage().contains("already exists"), taken.getMessage());
    }

    @Test
    void filesInAFolderAreNamedByTheirPathInsideIt() {
        FileExpansion inFolder = new FileExpansion("file:/data/news", 100, null, null);
        assertEquals("2021/05/a.html", inFolder.idOf("file:/data/news/2021/05/a.html"));
        assertEquals("b.txt", new FileExpansion(null, 100, null, null).idOf("hdfs://nn:8020/x/y/b.txt"));
    }
}
