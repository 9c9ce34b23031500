package org.tessera.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The progress line counts what a task has done while it still runs (from the executor's
 * heartbeats), and counts a finished task once.
 */
class JobProgressTest {
    @Test
    void aLongTaskShowsItsCountsBeforeItEndsAndNothingIsCountedTwice() throws Exception {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("tessera-progress-test")
                .config("spark.ui.enabled", "false").config("spark.executor.heartbeatInterval", "200ms").getOrCreate();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            JobCounters counters = new JobCounters(spark.sparkContext());
            JobProgress progress = new JobProgress(counters, new PrintStream(bytes, true, StandardCharsets.UTF_8), 0);
            spark.sparkContext().addSparkListener(progress);
            // One task: counts 5, works a while, counts 5 more, works a while.
            sc.parallelize(List.of(1, 2), 1).foreach(i -> {
                counters.articlesCoded.add(5);
                Thread.sleep(1500);
            });
            // Listeners hear of the task's end a moment after the job returns.
            for (int i = 0; i < 100 && !bytes.toString(StandardCharsets.UTF_8).contains("1 of 1 tasks"); i++) Thread.sleep(100);
            spark.sparkContext().removeSparkListener(progress);
        } finally {
            spark.stop();
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("0 of 1 tasks; so far 0 documents read, 5 articles coded"), out);
        assertTrue(out.contains("1 of 1 tasks; so far 0 documents read, 10 articles coded"), out);
        assertTrue(!out.contains("15 articles coded") && !out.contains("20 articles coded"), out);
    }
}
