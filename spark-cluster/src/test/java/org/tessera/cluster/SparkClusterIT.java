package org.tessera.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.json.EventJson;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.Pipeline;
import org.tessera.server.DemoArticles;
import org.tessera.spark.EventLines;
import org.tessera.spark.ExecutorPipeline;
import org.tessera.spark.PipelineSettings;

/**
 * The Spark job on a real standalone cluster: a master and two workers of one core each, every one
 * its own JVM on 127.0.0.1, the job submitted with the cluster jar and the models jar as the README
 * says, its executors in further JVMs. Its events must equal, line for line, those of the same
 * submit in local mode and those of the core pipeline ({@code tessera code}) on the same input. The
 * figures go to {@code target/cluster-report.txt}. Input: {@code -Dtessera.cluster.input=FOLDER},
 * else our demo articles.
 */
class SparkClusterIT {
    private static final int WORKERS = 2;

    @Test
    void clusterCodesExactlyWhatTheCorePipelineCodes(@TempDir Path dir) throws Exception {
        Path sparkHome = existing("tessera.cluster.sparkHome");
        Path jobJar = existing("tessera.cluster.jobJar");
        Path modelsJar = existing("tessera.cluster.modelsJar");
        List<String> jvmOptions = Arrays.stream(System.getProperty("tessera.cluster.jvmOptions", "").trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).toList();
        Path input = input(dir);

        SparkSubmitRun onCluster;
        int executorsThatCoded;
        try (StandaloneCluster cluster = StandaloneCluster.start(sparkHome, Files.createDirectories(dir.resolve("cluster")),
                WORKERS, 1, "5g", jvmOptions)) {
            onCluster = SparkSubmitRun.run(sparkHome, cluster.masterUrl(), jobJar, modelsJar, input, dir.resolve("out-cluster"),
                    jvmOptions, "1g", dir.resolve("submit-cluster.log"));
            assertEquals(0, onCluster.exitCode(), "the cluster submit failed; see " + onCluster.log() + ":\n" + tail(onCluster.log()));
            executorsThatCoded = executorsThatCoded(cluster.workDirs());
        }
        assertEquals(WORKERS, executorsThatCoded, "each worker's executor, a JVM of its own, should have loaded CoreNLP and run tasks");

        SparkSubmitRun local = SparkSubmitRun.run(sparkHome, "local[2]", jobJar, modelsJar, input, dir.resolve("out-local"),
                jvmOptions, "5g", dir.resolve("submit-local.log"));
        assertEquals(0, local.exitCode(), "the local-mode submit failed; see " + local.log() + ":\n" + tail(local.log()));

        List<String> expected = corePipelineEvents(input);
        assertFalse(expected.isEmpty(), "the input should yield events");
        List<String> clusterEvents;
        List<String> localEvents;
        SparkSession spark = SparkSession.builder().master("local[1]").appName("tessera-cluster-check")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            clusterEvents = parquetEvents(spark, dir.resolve("out-cluster"));
            localEvents = parquetEvents(spark, dir.resolve("out-local"));
        } finally {
            spark.stop();
        }
        boolean equal = expected.equals(clusterEvents) && expected.equals(localEvents);
        String report = String.join("\n",
                String.format(Locale.ROOT, "standalone cluster (1 master, %d workers x 1 core, executors in their own JVMs, 4g each): %s", WORKERS, onCluster.summary()),
                String.format(Locale.ROOT, "  submit wall time %.1f s (JVMs and executors' CoreNLP load included)", onCluster.seconds()),
                String.format(Locale.ROOT, "local mode (local[2], one JVM) via the same submit:                         %s", local.summary()),
                String.format(Locale.ROOT, "  submit wall time %.1f s", local.seconds()),
                String.format(Locale.ROOT, "events: cluster %d, local %d, tessera code %d; equal event for event: %s",
                        clusterEvents.size(), localEvents.size(), expected.size(), equal ? "yes" : "NO"));
        Files.writeString(Path.of(System.getProperty("tessera.cluster.report", dir.resolve("cluster-report.txt").toString())), report + "\n");
        System.out.println(report);

        assertEquals(expected, clusterEvents, "cluster events differ from tessera code's");
        assertEquals(expected, localEvents, "local-mode events differ from tessera code's");
        assertTrue(onCluster.summary().contains(" 0 failures"), onCluster.summary());
    }

    private static Path existing(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) throw new IllegalStateException(property + " is not set (run through the spark-cluster profile)");
        Path p = Path.of(value);
        if (!Files.exists(p)) throw new IllegalStateException(property + ": " + p + " does not exist (build it with the spark-cluster profile)");
        return p;
    }

    /** The folder to code: the one named by tessera.cluster.input, else our demo articles written to files. */
    private static Path input(Path dir) throws IOException {
        String named = System.getProperty("tessera.cluster.input", "");
        if (!named.isBlank()) {
            Path p = Path.of(named).toAbsolutePath();
            if (!Files.isDirectory(p)) throw new IllegalStateException("tessera.cluster.input: " + p + " is not a folder");
            return p;
        }
        Path in = Files.createDirectories(dir.resolve("articles"));
        for (RawDocument d : DemoArticles.all()) Files.write(in.resolve(d.id()), d.content());
        return in;
    }

    /** Executors (one per worker) whose stderr shows they loaded CoreNLP and finished tasks. */
    private static int executorsThatCoded(List<Path> workDirs) throws IOException {
        int n = 0;
        for (Path work : workDirs) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path err : files.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
                    String text = Files.readString(err);
                    if (text.contains("annotator loaded") && text.contains("Finished task")) n++;
                }
            }
        }
        return n;
    }

    /** The events {@code tessera code} writes for the folder, in canonical form, sorted. */
    private static List<String> corePipelineEvents(Path input) {
        PipelineSettings settings = PipelineSettings.defaults();
        List<String> problems = new ArrayList<>();
        List<RawDocument> docs = BatchRunner.expand(List.of(input), settings.maxPageBytes(), problems::add);
        assertEquals(List.of(), problems);
        Pipeline pipeline = ExecutorPipeline.pipeline(settings);
        EventJson json = new EventJson();
        EventLines lines = new EventLines();
        List<String> out = new ArrayList<>();
        for (RawDocument d : docs) pipeline.process(d).events().forEach(e -> out.add(lines.normalise(json.toLine(e))));
        out.sort(null);
        return out;
    }

    private static List<String> parquetEvents(SparkSession spark, Path out) {
        EventLines lines = new EventLines();
        List<String> events = new ArrayList<>();
        for (String line : spark.read().parquet(out.resolve("events").toString()).toJSON().collectAsList()) events.add(lines.normalise(line));
        events.sort(null);
        return events;
    }

    private static String tail(Path log) throws IOException {
        List<String> all = Files.readAllLines(log);
        return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
    }
}
