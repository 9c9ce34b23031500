package org.tessera.spark;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.tessera.cli.SparkJobOptions;

/**
 * The Spark job: files → documents (core intake) → events (core annotation and coding, once per
 * partition over the executor's shared CoreNLP) → Parquet in the contract's schema, with every
 * failed input or article as one JSON line under {@code _errors}. Runs under
 * {@code spark-submit} on a cluster, or in local mode from {@code ./tessera spark}.
 */
@Command(name = "tessera spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Code news files on Apache Spark (a cluster via spark-submit, or local mode) and write events as Parquet.")
public final class TesseraSparkJob implements Callable<Integer> {
    static final int OK = 0;
    static final int PARTIAL = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    /** Declared in the core so that {@code tessera --help} lists them too. */
    @Mixin
    SparkJobOptions options;

    public static void main(String[] args) {
        System.exit(commandLine(new TesseraSparkJob()).execute(args));
    }

    /** A command line whose failures print one line and map to the CLI's exit codes. */
    static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                cmd.getErr().println("tessera spark: " + ex.getMessage());
                return USAGE;
            }
            cmd.getErr().println("tessera spark: " + ex);
            return FAILURE;
        });
        return cl;
    }

    @Override
    public Integer call() {
        JobRequest request = new JobRequest(options.input(), options.output(), options.partitions(),
                new PipelineSettings(options.date(), options.maxPageBytes(), options.maxParseTokens()), options.overwrite());
        SparkSession.Builder builder = SparkSession.builder().appName("tessera");
        if (options.master() != null) builder.master(options.master());
        else if (System.getProperty("spark.master") == null) builder.master("local[*]");
        SparkSession spark = builder.getOrCreate();
        try {
            JobSummary summary = run(spark, request);
            System.err.println(summary.line());
            if (summary.failures() > 0) System.err.println("tessera spark: see " + options.output() + "/_errors for the failures");
            return summary.failures() > 0 ? PARTIAL : OK;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in the given session; throws IllegalArgumentException for a missing input or taken output. */
    public static JobSummary run(SparkSession spark, JobRequest request) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        // Folders are read recursively, as tessera code reads them.
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        String folder = folderOf(request.input(), hadoop);
        prepareOutput(request, hadoop);

        JobCounters counters = new JobCounters(spark.sparkContext());
        int parallelism = sc.defaultParallelism();
        int tasks = request.partitions() > 0 ? request.partitions() : parallelism * 4;
        JavaRDD<JobRecord> coded = sc.binaryFiles(request.input(), parallelism)
                .flatMap(new FileExpansion(folder, request.settings().maxPageBytes(), counters))
                // binaryFiles packs small files into few splits by size; spread the documents out.
                .repartition(tasks)
                .mapPartitions(new DocumentCoding(request.settings(), counters))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<JobRecord.CodedEvent> events = coded.filter(r -> r instanceof JobRecord.CodedEvent)
                    .map(r -> (JobRecord.CodedEvent) r);
            Dataset<String> eventLines = spark.createDataset(events.map(JobRecord.CodedEvent::json).rdd(), Encoders.STRING());
            spark.read().schema(EventSchema.EVENT).option("mode", "FAILFAST").json(eventLines)
                    .write().mode(SaveMode.ErrorIfExists).parquet(request.output() + "/events");
            Dataset<String> problems = spark.createDataset(
                    coded.filter(r -> r instanceof JobRecord.Problem).map(r -> ((JobRecord.Problem) r).toJson()).rdd(),
                    Encoders.STRING());
            problems.coalesce(1).write().mode(SaveMode.ErrorIfExists).text(request.output() + "/_errors");

            JavaRDD<JobRecord.CodedArticle> articles = coded.filter(r -> r instanceof JobRecord.CodedArticle)
                    .map(r -> (JobRecord.CodedArticle) r);
            GdeltTables.Lines gdelt = GdeltTables.of(sc, events, articles, tasks, Instant.now());
            writeSingleFile(spark, gdelt.events(), request.output() + "/gdelt", "events.tsv");
            writeSingleFile(spark, gdelt.mentions(), request.output() + "/gdelt", "mentions.tsv");
        } finally {
            coded.unpersist(false);
        }
        return counters.summary((System.nanoTime() - t0) / 1e9);
    }

    /**
     * Writes lines as one file, as GDELT's files are: one task writes them (the export is small
     * beside the coding), then the part file is moved to its name.
     */
    private static void writeSingleFile(SparkSession spark, JavaRDD<String> lines, String folder, String name) {
        String staging = folder + "/_" + name;
        spark.createDataset(lines.rdd(), Encoders.STRING()).coalesce(1).write().mode(SaveMode.ErrorIfExists).text(staging);
        try {
            Path dir = new Path(staging);
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            FileStatus[] parts = fs.globStatus(new Path(dir, "part-*"));
            Path target = new Path(folder, name);
            if (parts == null || parts.length != 1 || !fs.rename(parts[0].getPath(), target))
                throw new IllegalStateException(staging + ": could not move the written part to " + target);
            fs.delete(dir, true);
        } catch (IOException e) {
            throw new IllegalStateException(staging + ": " + e.getMessage(), e);
        }
    }

    /** The qualified folder when the input names exactly one folder (ids are then relative to it), else null. */
    private static String folderOf(String input, Configuration hadoop) {
        try {
            if (input.contains(",")) return null;
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) throw new IllegalArgumentException(input + ": no such file or folder");
            boolean glob = input.matches(".*[*?\\[{].*");
            return !glob && matches[0].isDirectory() ? fs.makeQualified(p).toString() : null;
        } catch (IOException e) {
            throw new IllegalArgumentException(input + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void prepareOutput(JobRequest request, Configuration hadoop) {
        try {
            Path out = new Path(request.output());
            FileSystem fs = out.getFileSystem(hadoop);
            if (!fs.exists(out)) return;
            if (!request.overwrite())
                throw new IllegalArgumentException(request.output() + ": already exists (use --overwrite to replace it)");
            fs.delete(out, true);
        } catch (IOException e) {
            throw new IllegalArgumentException(request.output() + ": cannot prepare: " + e.getMessage(), e);
        }
    }
}
