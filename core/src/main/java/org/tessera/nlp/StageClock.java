package org.tessera.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in each named stage of a costly component (an annotator's CoreNLP steps, the
 * pipeline's coding steps), summed over every thread that ran it, with how many items (sentences)
 * each stage saw. It exists so that a benchmark can say where the time goes on the input it was
 * given, without a profiler; the cost of a reading is two {@code nanoTime} calls. Thread-safe: one
 * instance is shared by the threads of a batch, and {@link #snapshot} may be read while they run.
 */
public final class StageClock {
    private final Map<String, LongAdder[]> stages = new ConcurrentHashMap<>();
    /** Stages in the order they were first timed, which is the order they run in. */
    private final List<String> order = new CopyOnWriteArrayList<>();

    /** Adds {@code nanos} of wall time and {@code items} processed to {@code stage}. */
    public void add(String stage, long nanos, long items) {
        LongAdder[] a = stages.get(stage);
        if (a == null) a = register(stage);
        a[0].add(nanos);
        a[1].add(items);
    }

    private synchronized LongAdder[] register(String stage) {
        return stages.computeIfAbsent(stage, s -> {
            order.add(s);
            return new LongAdder[] {new LongAdder(), new LongAdder()};
        });
    }

    /** What has been timed so far, stage by stage in running order. */
    public Snapshot snapshot() {
        Map<String, Stage> out = new LinkedHashMap<>();
        for (String s : order) {
            LongAdder[] a = stages.get(s);
            out.put(s, new Stage(a[0].sum(), a[1].sum()));
        }
        return new Snapshot(out);
    }

    /** One stage's totals: nanoseconds of wall time and items processed. */
    public record Stage(long nanos, long items) {
        public Stage minus(Stage earlier) {
            return earlier == null ? this : new Stage(nanos - earlier.nanos, items - earlier.items);
        }

        public Stage plus(Stage other) {
            return other == null ? this : new Stage(nanos + other.nanos, items + other.items);
        }
    }

    /** Totals per stage at one moment, in running order. */
    public record Snapshot(Map<String, Stage> stages) {
        public static final Snapshot EMPTY = new Snapshot(Map.of());

        public Snapshot {
            stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        }

        /** What was timed between {@code earlier} and this snapshot. */
        public Snapshot minus(Snapshot earlier) {
            Map<String, Stage> out = new LinkedHashMap<>();
            stages.forEach((k, v) -> out.put(k, v.minus(earlier.stages.get(k))));
            return new Snapshot(out);
        }

        /** Both snapshots' time together (stages of either, this one's order first). */
        public Snapshot plus(Snapshot other) {
            Map<String, Stage> out = new LinkedHashMap<>(stages);
            other.stages.forEach((k, v) -> out.merge(k, v, Stage::plus));
            return new Snapshot(out);
        }

        public long totalNanos() {
            return stages.values().stream().mapToLong(Stage::nanos).sum();
        }
    }
}
