package org.tessera.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code tessera spark-bench}, shared like {@link SparkJobOptions}. */
public final class SparkBenchOptions {
    @Option(names = "--input", required = true, paramLabel = "PATH", split = ",",
            description = "Files or folders (several allowed); their files are taken in sorted order.")
    private List<String> inputs;

    @Option(names = "--limit", paramLabel = "N", description = "Use at most N files (default: all).")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--masters", paramLabel = "M", split = ",", description = "Masters to compare (default: ${DEFAULT-VALUE}).")
    private List<String> masters = List.of("local[1]", "local[2]");

    @Option(names = "--warmup", paramLabel = "N", description = "Files coded before timing, to warm CoreNLP (default: ${DEFAULT-VALUE}).")
    private int warmup = 2;

    public List<String> inputs() {
        return inputs;
    }

    public int limit() {
        return limit;
    }

    public List<String> masters() {
        return masters;
    }

    public int warmup() {
        return warmup;
    }
}
