package org.tessera.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.server.DemoArticles;
import org.tessera.store.EventStore;
import org.tessera.store.Exporter;
import org.tessera.store.GdeltFormat;
import org.tessera.store.Ingester;

/**
 * The same answer at any scale: on input holding a repost and a re-headlined, re-footed copy, the
 * job's GDELT tables are the same on one partition and on seven (same GLOBALEVENTIDs, same rows),
 * and equal, row for row, the store's export after {@code tessera ingest} of the same folder, so
 * NumMentions, NumSources and NumArticles count copies across partitions as the store does. The
 * copies are found before annotation and not annotated; a run that annotates every article
 * ({@code --code-copies}) writes the same tables. Only the stamps of when rows were added differ
 * and are left out.
 */
class SparkStoriesIT {
    private static final int DATEADDED = GdeltFormat.EVENT_COLUMNS.indexOf("DATEADDED");

    @Test
    void storiesAndTheirCountsDoNotDependOnPartitioningAndEqualTheStores(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("articles"));
        for (RawDocument d : DemoArticles.all()) Files.write(input.resolve(d.id()), d.content());
        String original = new String(DemoArticles.load("russia-belarus-summit.txt").content(), StandardCharsets.UTF_8);
        // A repost under another name, and a syndicated copy with a new headline and a footer of its own.
        Files.writeString(input.resolve("repost-of-the-summit.txt"), original);
        String body = original.substring(original.indexOf('\n') + 1);
        Files.writeString(input.resolve("wire-summit-copy.txt"), "Belarus leader in Moscow for Union State talks\n" + body
                + "\nThis report was distributed by a wire service. All rights reserved.\n");

        PipelineSettings settings = PipelineSettings.defaults();
        List<List<String>> runs = new ArrayList<>();
        List<JobSummary> summaries = new ArrayList<>();
        long eventsReusing;
        long eventsCodingAll;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("tessera-stories-it")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            for (int partitions : new int[] {1, 7}) {
                Path out = dir.resolve("job-" + partitions);
                summaries.add(TesseraSparkJob.run(spark, new JobRequest(input.toString(), out.toString(), partitions, settings, false)));
                runs.add(tables(out.resolve("gdelt")));
            }
            Path all = dir.resolve("job-code-copies");
            summaries.add(TesseraSparkJob.run(spark, new JobRequest(input.toString(), all.toString(), 3, settings, false, false)));
            runs.add(tables(all.resolve("gdelt")));
            eventsReusing = spark.read().parquet(dir.resolve("job-1/events").toString()).count();
            eventsCodingAll = spark.read().parquet(all.resolve("events").toString()).count();
        } finally {
            spark.stop();
        }
        summaries.forEach(s -> System.err.println(s.line()));
        assertEquals(runs.get(0), runs.get(1), "the GDELT tables changed with the partitioning");
        assertEquals(runs.get(2), runs.get(0), "reusing the copies' coding changed the GDELT tables");
        for (JobSummary s : summaries.subList(0, 2)) {
            assertTrue(s.articlesReused() >= 2, "the repost and the wire copy should not be annotated: " + s.line());
            assertEquals(0, s.failures(), s.line());
        }
        assertEquals(0, summaries.get(2).articlesReused(), summaries.get(2).line());
        assertEquals(summaries.get(0).articles(), summaries.get(2).articles(), "the same articles, coded or reused");
        assertEquals(summaries.get(0).articlesCoded() + summaries.get(0).articlesReused(), summaries.get(2).articlesCoded());
        assertTrue(eventsReusing < eventsCodingAll, "events/ should hold no events of the copies themselves: "
                + eventsReusing + " vs " + eventsCodingAll);

        Path storeDir = dir.resolve("store");
        List<String> problems = new ArrayList<>();
        List<RawDocument> docs = BatchRunner.expand(List.of(input), settings.maxPageBytes(), problems::add);
        assertEquals(List.of(), problems);
        try (EventStore store = EventStore.open(storeDir)) {
            new Ingester(store, ExecutorPipeline.pipeline(settings), 1).run(docs, new PrintStream(PrintStream.nullOutputStream()), false, k -> { });
            new Exporter(store).gdelt(dir.resolve("store-gdelt"));
        }
        List<String> fromStore = tables(dir.resolve("store-gdelt"));
        assertEquals(fromStore, runs.get(0), "the job's GDELT tables differ from the store's export");

        // The copies were grouped: the summit's events are each mentioned by three articles from three sources.
        List<String> events = runs.get(0).stream().filter(l -> l.startsWith("E\t")).toList();
        int numMentions = GdeltFormat.EVENT_COLUMNS.indexOf("NumMentions") + 1;
        int numArticles = GdeltFormat.EVENT_COLUMNS.indexOf("NumArticles") + 1;
        assertTrue(events.stream().anyMatch(l -> l.split("\t", -1)[numArticles].equals("3") && l.split("\t", -1)[numMentions].equals("3")),
                "some event should be counted in three articles:\n" + String.join("\n", events));
    }

    /** Both files' rows, in file order, marked E or M, without the stamps of when they were added. */
    private static List<String> tables(Path gdelt) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(gdelt.resolve("events.tsv"))) {
            String[] f = line.split("\t", -1);
            f[DATEADDED] = "";
            out.add("E\t" + String.join("\t", f));
        }
        for (String line : Files.readAllLines(gdelt.resolve("mentions.tsv"))) {
            String[] f = line.split("\t", -1);
            f[1] = "";
            f[2] = "";
            out.add("M\t" + String.join("\t", f));
        }
        return out;
    }
}
