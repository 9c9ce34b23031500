package org.tessera.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.json.EventJson;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.DocumentResult;
import org.tessera.pipeline.Pipeline;
import org.tessera.server.DemoArticles;
import org.tessera.store.GdeltFormat;

/**
 * The Spark job in local mode codes our demo articles (written to a folder) into exactly the
 * events the core pipeline codes from the same files. Both run in this JVM over one CoreNLP (local executors share
 * {@link ExecutorPipeline}'s instance with the reference run).
 */
class SparkJobIT {
    @Test
    void sparkWritesExactlyTheEventsTheCorePipelineCodes(@TempDir Path out) throws Exception {
        Path input = out.resolve("articles");
        Files.createDirectories(input);
        for (RawDocument d : DemoArticles.all()) Files.write(input.resolve(d.id()), d.content());
        PipelineSettings settings = PipelineSettings.defaults();
        EventLines lines = new EventLines();

        List<String> inputErrors = new ArrayList<>();
        List<RawDocument> docs = BatchRunner.expand(List.of(input), settings.maxPageBytes(), inputErrors::add);
        assertEquals(List.of(), inputErrors);
        Pipeline pipeline = ExecutorPipeline.pipeline(settings);
        EventJson json = new EventJson();
        List<String> expected = new ArrayList<>();
        for (RawDocument d : docs) {
            DocumentResult r = pipeline.process(d);
            r.events().forEach(e -> expected.add(lines.normalise(json.toLine(e))));
        }
        expected.sort(null);
        assertFalse(expected.isEmpty(), "the demo articles should yield events");

        SparkSession spark = SparkSession.builder().master("local[2]").appName("tessera-it")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            String target = out.resolve("job").toString();
            JobSummary summary = TesseraSparkJob.run(spark, new JobRequest(input.toString(), target, 0, settings, false, false));
            List<String> actual = new ArrayList<>();
            for (String line : spark.read().parquet(target + "/events").toJSON().collectAsList())
                actual.add(lines.normalise(line));
            actual.sort(null);

            assertEquals(expected, actual);
            assertEquals(docs.size(), summary.documents());
            assertEquals(expected.size(), summary.events());
            assertEquals(0, summary.failures());
            assertTrue(Files.isDirectory(out.resolve("job/_errors")), "an _errors output is always written");
            assertEquals(EventSchema.EVENT, spark.read().parquet(target + "/events").schema());

            List<String> gdeltEvents = Files.readAllLines(out.resolve("job/gdelt/events.tsv"));
            List<String> gdeltMentions = Files.readAllLines(out.resolve("job/gdelt/mentions.tsv"));
            assertEquals(expected.size(), gdeltEvents.size());
            assertEquals(expected.size(), gdeltMentions.size());
            for (String row : gdeltEvents) assertEquals(GdeltFormat.EVENT_COLUMNS.size(), row.split("\t", -1).length, row);
            for (String row : gdeltMentions) assertEquals(GdeltFormat.MENTION_COLUMNS.size(), row.split("\t", -1).length, row);
        } finally {
            spark.stop();
        }
    }
}
