package org.tessera.cli;

import org.tessera.intake.IntakeOptions;
import org.tessera.nlp.AnnotatorConfig;
import picocli.CommandLine.Option;

/**
 * The options of {@code tessera spark}, declared once here so that {@code tessera --help} can list
 * the verb with them while the job itself (the spark module's {@code TesseraSparkJob}, run on
 * Spark's classpath) mixes in the same declarations.
 */
public final class SparkJobOptions {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "File, folder, glob or comma-separated list of text/HTML/JSONL/WARC/RSS inputs (local, hdfs://, s3a://...).")
    private String input;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "Output folder: events/ (Parquet), gdelt/events.tsv and gdelt/mentions.tsv (GDELT 2.0), _errors/ (JSON lines: input, stage, reason).")
    private String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[4]; default: the one spark-submit gives, else local[*].")
    private String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks to code in (default: 4 per core, or one per 256 input files if that is more).")
    private int partitions;

    @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
    private boolean overwrite;

    @Option(names = "--code-copies", description = "Annotate and code every article, near-copies too, so that events/ holds each "
            + "article's own events as tessera code writes them (default: a copy of an article of the input is found before "
            + "annotation and recorded only as mentions of its story's events, as tessera ingest does; the GDELT tables are the same either way).")
    private boolean codeCopies;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for pages that give none (else the file time).")
    private String date;

    @Option(names = "--max-page-bytes", paramLabel = "BYTES", description = "Pages larger than this are rejected (default: ${DEFAULT-VALUE}).")
    private long maxPageBytes = IntakeOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--max-parse-tokens", paramLabel = "N", description = "Sentences longer than this are not parsed (default: ${DEFAULT-VALUE}).")
    private int maxParseTokens = AnnotatorConfig.defaults().maxParseTokens();

    public String input() {
        return input;
    }

    public String output() {
        return output;
    }

    public String master() {
        return master;
    }

    public int partitions() {
        return partitions;
    }

    public boolean overwrite() {
        return overwrite;
    }

    public boolean codeCopies() {
        return codeCopies;
    }

    public String date() {
        return date;
    }

    public long maxPageBytes() {
        return maxPageBytes;
    }

    public int maxParseTokens() {
        return maxParseTokens;
    }
}
