package org.tessera.spark;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress on stderr while the job runs: Spark's own console bar is off (it fights with the log
 * lines), and a coding pass over thousands of articles takes many minutes with nothing else to
 * show. After a task ends, at most once every {@code everyMillis}, one line: the stage's tasks
 * done and the documents read and articles coded and reused so far (the counters move as tasks
 * end). A job shorter than that prints nothing, a long one a line every so often.
 */
final class JobProgress extends SparkListener {
    private final JobCounters counters;
    private final PrintStream out;
    private final long everyMillis;
    private final Map<Integer, int[]> tasks = new HashMap<>(); // stage id -> {done, total}
    private long last = System.currentTimeMillis();

    JobProgress(JobCounters counters, PrintStream out, long everyMillis) {
        this.counters = counters;
        this.out = out;
        this.everyMillis = everyMillis;
    }

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        tasks.put(submitted.stageInfo().stageId(), new int[] {0, submitted.stageInfo().numTasks()});
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        int[] t = tasks.get(end.stageId());
        if (t == null) return;
        t[0]++;
        long now = System.currentTimeMillis();
        if (t[0] >= t[1]) tasks.remove(end.stageId());
        if (now - last < everyMillis) return;
        last = now;
        out.println(line(end.stageId(), t[0], t[1], counters.documents.value(), counters.articlesCoded.value(), counters.articlesReused.value()));
    }

    static String line(int stage, int done, int total, long documents, long coded, long reused) {
        return String.format(Locale.ROOT, "tessera spark: stage %d: %d of %d tasks; so far %,d documents read, %,d articles coded, %,d copies reused",
                stage, done, total, documents, coded, reused);
    }
}
