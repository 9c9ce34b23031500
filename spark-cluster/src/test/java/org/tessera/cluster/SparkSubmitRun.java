package org.tessera.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the Tessera job through Spark's own submit entry point ({@code org.apache.spark.deploy.SparkSubmit},
 * what {@code spark-submit} runs), in client mode, in a JVM of its own on the Spark home's jars: the job
 * jar and CoreNLP's models jar are passed as the README tells users to pass them.
 *
 * @param exitCode the submit's exit status
 * @param seconds  wall time of the whole submit, JVM start and executor start-up included
 * @param summary  the job's own summary line ({@code tessera spark: ... articles/s}), empty if it printed none
 */
record SparkSubmitRun(int exitCode, double seconds, String summary, Path log) {
    private static final Pattern SUMMARY = Pattern.compile("tessera spark: \\d+ files.*");
    private static final Pattern RATE = Pattern.compile("in ([0-9.]+)s \\(([0-9.]+) articles/s\\)");

    static SparkSubmitRun run(Path sparkHome, String master, Path jobJar, Path modelsJar, Path input, Path output,
                              List<String> jvmOptions, String driverHeap, Path log) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("-Xmx" + driverHeap, "-Xss64m"));
        options.addAll(jvmOptions);
        List<String> args = List.of("--master", master, "--deploy-mode", "client",
                "--class", "org.tessera.spark.TesseraSparkJob",
                "--executor-memory", "4g", "--total-executor-cores", "2",
                "--conf", "spark.executor.extraJavaOptions=-Xss64m",
                "--conf", "spark.ui.enabled=false",
                "--jars", modelsJar.toString(),
                // Every article coded, copies too: the check compares with tessera code, which writes each copy's events.
                jobJar.toString(), "--input", input.toString(), "--output", output.toString(), "--code-copies");
        long t0 = System.nanoTime();
        int code;
        try (JvmProcess submit = JvmProcess.start("spark-submit to " + master, options, sparkHome.resolve("jars") + "/*",
                "org.apache.spark.deploy.SparkSubmit", args, StandaloneCluster.env(sparkHome), log)) {
            code = submit.await(900);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String summary = Files.readAllLines(log).stream().filter(l -> SUMMARY.matcher(l).find())
                .map(l -> l.substring(l.indexOf("tessera spark:"))).findFirst().orElse("");
        return new SparkSubmitRun(code, seconds, summary, log);
    }

    /** The job's own rate, articles per second of its run (from reading the input to writing the exports). */
    double articlesPerSecond() {
        Matcher m = RATE.matcher(summary);
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }

    /** The job's own time in seconds, without JVM and executor start-up. */
    double jobSeconds() {
        Matcher m = RATE.matcher(summary);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
