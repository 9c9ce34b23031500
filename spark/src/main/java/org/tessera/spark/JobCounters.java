package org.tessera.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's Spark accumulators: what was read, coded and lost. Executors add, the driver reads
 * the totals after the job. Counts may run high if Spark retries a task; they are for the
 * summary line and the Spark UI, the outputs themselves are exact.
 */
public final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    final LongAccumulator files;
    final LongAccumulator documents;
    final LongAccumulator articlesCoded;
    final LongAccumulator articlesSkipped;
    final LongAccumulator articlesReused;
    final LongAccumulator events;
    final LongAccumulator failures;

    public JobCounters(SparkContext sc) {
        files = sc.longAccumulator("tessera.files");
        documents = sc.longAccumulator("tessera.documents");
        articlesCoded = sc.longAccumulator("tessera.articles.coded");
        articlesSkipped = sc.longAccumulator("tessera.articles.skipped");
        articlesReused = sc.longAccumulator("tessera.articles.reused");
        events = sc.longAccumulator("tessera.events");
        failures = sc.longAccumulator("tessera.failures");
    }

    public JobSummary summary(double seconds) {
        return new JobSummary(files.value(), documents.value(), articlesCoded.value(), articlesSkipped.value(),
                articlesReused.value(), events.value(), failures.value(), seconds);
    }
}
