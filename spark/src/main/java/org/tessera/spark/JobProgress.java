package org.tessera.spark;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Progress on stderr while the job runs: Spark's own console bar is off (it fights with the log
 * lines), and a coding pass over thousands of articles takes many minutes with nothing else to
 * show. At most once every {@code everyMillis}, one line: the stage's tasks done, and the
 * documents read and articles coded and reused so far. The counts are the finished tasks' totals
 * plus what the running tasks have counted, which their executors report in their heartbeats, so
 * the line moves during a long task too.
 */
final class JobProgress extends SparkListener {
    private final JobCounters counters;
    private final PrintStream out;
    private final long everyMillis;
    private final Map<Integer, int[]> tasks = new HashMap<>(); // stage id -> {done, total}
    /** What each running task has counted so far, by accumulator id. */
    private final Map<Long, Map<Long, Long>> running = new HashMap<>();
    private final Set<Long> ended = new HashSet<>();
    private int stage = -1;
    private long last = System.currentTimeMillis();

    JobProgress(JobCounters counters, PrintStream out, long everyMillis) {
        this.counters = counters;
        this.out = out;
        this.everyMillis = everyMillis;
    }

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        tasks.put(submitted.stageInfo().stageId(), new int[] {0, submitted.stageInfo().numTasks()});
        stage = submitted.stageInfo().stageId();
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        // Its counts are in the accumulators now; a heartbeat sent before it ended must not count them twice.
        running.remove(end.taskInfo().taskId());
        ended.add(end.taskInfo().taskId());
        int[] t = tasks.get(end.stageId());
        if (t == null) return;
        t[0]++;
        stage = end.stageId();
        maybePrint();
    }

    @Override
    public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task
                : CollectionConverters.asJava(update.accumUpdates())) {
            long taskId = (Long) task._1();
            if (ended.contains(taskId)) continue;
            Map<Long, Long> counts = running.computeIfAbsent(taskId, k -> new HashMap<>());
            for (AccumulableInfo info : CollectionConverters.asJava(task._4()))
                if (info.update().isDefined() && info.update().get() instanceof Long v) counts.put(info.id(), v);
        }
        maybePrint();
    }

    private void maybePrint() {
        long now = System.currentTimeMillis();
        if (now - last < everyMillis) return;
        last = now;
        int[] t = tasks.getOrDefault(stage, new int[] {0, 0});
        out.println(line(stage, t[0], t[1], total(counters.documents), total(counters.articlesCoded), total(counters.articlesReused)));
    }

    /** Finished tasks' total plus what the running ones have counted. */
    private long total(LongAccumulator a) {
        long sum = a.value();
        for (Map<Long, Long> counts : running.values()) sum += counts.getOrDefault(a.id(), 0L);
        return sum;
    }

    static String line(int stage, int done, int total, long documents, long coded, long reused) {
        return String.format(Locale.ROOT, "tessera spark: stage %d: %d of %d tasks; so far %,d documents read, %,d articles coded, %,d copies reused",
                stage, done, total, documents, coded, reused);
    }
}
