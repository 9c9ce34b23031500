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

    /** Its options are read by the launcher, which runs the spark-cluster Maven profile; declared here for the help. */
    @Command(name = "spark-cluster-test", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Start a Spark standalone cluster on 127.0.0.1 (a master and two workers, each its own JVM, from Spark's "
                    + "artifacts on Maven Central), submit the job to it with Spark's own submit and the -Pcluster jar, then the same "
                    + "submit in local mode, and check both against the core pipeline, event for event. Prints articles/s of both.",
                    "Run by ./tessera through Maven (the spark-cluster profile); takes about two minutes on the demo articles."})
    static final class ClusterTest extends OnSparkClasspath {
        @picocli.CommandLine.Option(names = "--input", paramLabel = "FOLDER", description = "Folder of news files to code (default: the demo articles).")
        java.nio.file.Path input;
    }

    @Command(name = "spark-bench", mixinStandardHelpOptions = true,
            description = "Time the Spark job in local mode with 1, 2, ... cores on the same input. Run by ./tessera on the spark module's classpath.")
    static final class Bench extends OnSparkClasspath {
        @Mixin
        SparkBenchOptions options;
    }
}
