package org.tessera.spark;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.tessera.cli.SparkJobOptions;

/**
 * The Spark job: files → documents (core intake) → near-copies found from the cleaned texts
 * ({@link CopyClaims}) → events (core annotation and coding of every article that is not a copy,
 * once per partition over the executor's shared CoreNLP) → Parquet in the contract's schema, with every
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
                new PipelineSettings(options.date(), options.maxPageBytes(), options.maxParseTokens()), options.overwrite(),
                !options.codeCopies());
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
        String folder = folderOf(request.input(), hadoop);
        prepareOutput(request, hadoop);

        JobCounters counters = new JobCounters(spark.sparkContext());
        JobProgress progress = new JobProgress(counters, System.err, 10_000);
        spark.sparkContext().addSparkListener(progress);
        int parallelism = sc.defaultParallelism();
        List<InputFiles.InputFile> files = InputFiles.list(request.input(), hadoop);
        // Four tasks a core, and more for a large input, about 256 files a task: a task reports its
        // progress and is retried as a whole, so one should take minutes, not an hour.
        int tasks = request.partitions() > 0 ? request.partitions() : Math.max(parallelism * 4, Math.min(10_000, files.size() / 256));
        // About 64 files a slice: a WARC or JSON Lines file may hold thousands of documents, a page one.
        int slices = (int) Math.max(parallelism, Math.min(100_000, (files.size() + 63) / 64));
        // Read once: the passes below all start from the output of this shuffle, which Spark keeps and reuses.
        JavaRDD<JobRecord> documents = sc.parallelize(files, Math.max(1, slices))
                .mapPartitions(new FileExpansion(folder, request.settings().maxPageBytes(), counters,
                        sc.broadcast(InputFiles.settings(hadoop))))
                // The files differ in how many documents they hold; spread the documents out.
                .repartition(tasks);
        List<JavaRDD<JobRecord>> cached = new ArrayList<>();
        try {
            JavaRDD<JobRecord> coded;
            if (request.reuseCopies()) {
                CopyClaims claims = CopyClaims.of(documents, request.settings(), tasks);
                coded = cache(cached, documents.mapPartitions(
                        DocumentCoding.reusingCopies(request.settings(), counters, sc.broadcast(claims.copies()))));
                coded = settleCopies(sc, documents, coded, claims.signed(), request.settings(), counters, cached);
            } else {
                coded = cache(cached, documents.mapPartitions(DocumentCoding.everyArticle(request.settings(), counters)));
            }
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
            cached.forEach(r -> r.unpersist(false));
            spark.sparkContext().removeSparkListener(progress);
        }
        return counters.summary((System.nanoTime() - t0) / 1e9);
    }

    private static JavaRDD<JobRecord> cache(List<JavaRDD<JobRecord>> cached, JavaRDD<JobRecord> rdd) {
        // On disk only: held in memory, the coded records grew the heap by about 13 MiB per 1,000 articles
        // until storage memory filled, and the passes that re-read them cost little beside annotation.
        cached.add(rdd.persist(StorageLevel.DISK_ONLY()));
        return rdd;
    }

    /**
     * Codes after all the copies whose claim did not hold. The claims grouped every article that
     * would be signed; if coding signed fewer (an original failed, or coding skipped it), the
     * stories of the signed articles are grouped again as {@link GdeltTables} will group them, and
     * every unannotated copy that now starts a story of its own is annotated (with nothing else of
     * its document) in place of its unannotated record. Repeated until the signed articles stop
     * changing, so that the export is what coding every article would give. Normally no pass is needed.
     */
    private static JavaRDD<JobRecord> settleCopies(JavaSparkContext sc, JavaRDD<JobRecord> documents, JavaRDD<JobRecord> coded,
                                                   long claimed, PipelineSettings settings, JobCounters counters,
                                                   List<JavaRDD<JobRecord>> cached) {
        long expected = claimed;
        while (true) {
            JavaRDD<JobRecord.CodedArticle> signed = coded.filter(r -> r instanceof JobRecord.CodedArticle a && a.signature() != null)
                    .map(r -> (JobRecord.CodedArticle) r);
            long now = signed.count();
            if (now == expected) return coded;
            expected = now;
            Set<String> reusedNow = new HashSet<>(signed.filter(JobRecord.CodedArticle::reused).map(JobRecord.CodedArticle::order).collect());
            HashSet<String> reused = new HashSet<>(StoryAssignment.startingStories(signed.mapToPair(a -> new Tuple2<>(a.order(), a.signature()))
                    .sortByKey(true, documents.getNumPartitions()).toLocalIterator(), reusedNow));
            if (reused.isEmpty()) return coded;
            Broadcast<HashSet<String>> again = sc.broadcast(reused);
            HashSet<String> documentKeys = new HashSet<>();
            for (String order : reused) documentKeys.add(InputOrder.documentOf(order));
            Broadcast<HashSet<String>> theirDocuments = sc.broadcast(documentKeys);
            JavaRDD<JobRecord> recoded = documents.filter(r -> r instanceof JobRecord.InputDocument d && theirDocuments.value().contains(d.order()))
                    .mapPartitions(DocumentCoding.only(settings, counters, again));
            JavaRDD<JobRecord> kept = coded.filter(r -> !(r instanceof JobRecord.CodedArticle a && again.value().contains(a.order())));
            coded = cache(cached, kept.union(recoded));
        }
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
