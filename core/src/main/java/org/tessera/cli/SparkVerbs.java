package org.tessera.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The Spark verbs as the main command line knows them: listed in {@code tessera --help} with their
 * options, but run by the launcher script on the spark module's classpath (Spark is no dependency
 * of the core). Reached here, without that classpath, they say how to run them.
 */
final class SparkVerbs {
    private SparkVerbs() {
    }

    /** What every Spark verb does when the core command line itself is asked to run it. */
    abstract static class OnSparkClasspath implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println("tessera " + spec.name() + ": runs on the Spark module's classpath; start it with the launcher: "
                    + "./tessera " + spec.name() + " ... (it builds spark/ on first use)");
            return ExitCodes.USAGE;
        }
    }

    @Command(name = "spark", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Code news files on Apache Spark (a cluster via spark-submit, or local mode) and write events as Parquet "
                    + "and GDELT 2.0 tables. Run by ./tessera on the spark module's classpath.")
    static final class Job extends OnSparkClasspath {
        @Mixin
        SparkJobOptions options;
    }

    @Command(name = "spark-bench", mixinStandardHelpOptions = true,
            description = "Time the Spark job in local mode with 1, 2, ... cores on the same input. Run by ./tessera on the spark module's classpath.")
    static final class Bench extends OnSparkClasspath {
        @Mixin
        SparkBenchOptions options;
    }
}
