package org.tessera.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;
import org.tessera.intake.InputExpander;
import org.tessera.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.tessera.cli.SparkBenchOptions;

/**
 * Articles per second of the Spark job on the same input under several local masters (by default
 * local[1] and local[2]), one line each, then the speed-up of the last over the first. CoreNLP is
 * loaded and warmed on a few documents before any timing, so the figures compare coding, not
 * start-up; each run's time is the job's own (session start excluded).
 */
@Command(name = "tessera spark-bench", mixinStandardHelpOptions = true,
        description = "Time the Spark job in local mode with 1, 2, ... cores on the same input.")
public final class SparkBench implements Callable<Integer> {
    /** Declared in the core so that {@code tessera --help} lists them too. */
    @Mixin
    SparkBenchOptions options;

    public static void main(String[] args) {
        System.exit(TesseraSparkJob.commandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<String> files = files(options.inputs(), options.limit(), new Configuration());
        if (files.isEmpty()) throw new IllegalArgumentException("no input files");
        PipelineSettings settings = PipelineSettings.defaults();
        warmUp(files.subList(0, Math.min(options.warmup(), files.size())), settings);

        java.nio.file.Path scratch = Files.createTempDirectory("tessera-spark-bench");
        List<JobSummary> results = new ArrayList<>();
        for (String master : options.masters()) {
            SparkSession spark = SparkSession.builder().master(master).appName("tessera-bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                String out = scratch.resolve(master.replaceAll("\\W+", "_")).toString();
                JobSummary s = TesseraSparkJob.run(spark, new JobRequest(String.join(",", files), out, 0, settings, true));
                results.add(s);
                System.out.printf("%-10s %d files, %d articles, %d events in %.1f s: %.2f articles/s%n",
                        master, s.files(), s.articles(), s.events(), s.seconds(), s.articlesPerSecond());
            } finally {
                spark.stop();
            }
        }
        if (results.size() > 1) {
            double speedUp = results.get(results.size() - 1).articlesPerSecond() / results.get(0).articlesPerSecond();
            System.out.printf("speed-up %s over %s: %.2fx (on %d available cores)%n", options.masters().get(options.masters().size() - 1),
                    options.masters().get(0), speedUp, Runtime.getRuntime().availableProcessors());
        }
        return TesseraSparkJob.OK;
    }

    /** Every file under the inputs, inputs in the order given and files sorted within each, qualified. */
    static List<String> files(List<String> inputs, int limit, Configuration conf) throws IOException {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            List<String> these = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
            while (it.hasNext()) {
                Path f = it.next().getPath();
                if (!f.getName().startsWith(".") && !f.getName().startsWith("_")) these.add(f.toString());
            }
            these.sort(null);
            files.addAll(these);
        }
        return files.size() > limit ? files.subList(0, limit) : files;
    }

    private static void warmUp(List<String> files, PipelineSettings settings) throws IOException {
        Pipeline pipeline = ExecutorPipeline.pipeline(settings);
        InputExpander expander = new InputExpander(settings.maxPageBytes());
        for (String f : files) {
            Path p = new Path(f);
            try (InputStream in = p.getFileSystem(new Configuration()).open(p)) {
                expander.expand(p.getName(), f, in, null, pipeline::process, e -> { });
            }
        }
    }
}
