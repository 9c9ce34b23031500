package org.tessera.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tessera.nlp.StageClock;

/**
 * The bench's table of where the one-thread time goes, the pipeline beside the reference: per
 * step, milliseconds per article, its share of the run's wall time, and how many sentences it ran
 * on (parsing and SUTime run on fewer than all). Steps either run alone keep their row, in running
 * order, so the reference's NER sits beside the pipeline's.
 */
final class StageTable {
    private StageTable() {
    }

    static List<String> lines(Tally pipeline, Tally reference) {
        return lines(pipeline, reference, null, 1);
    }

    /**
     * With {@code many} (null: none), a last column gives each step's time on {@code threads} threads, summed over
     * the threads, beside the one-thread pipeline's: a step whose time grows there is the one that scales badly.
     */
    static List<String> lines(Tally pipeline, Tally reference, Tally many, int threads) {
        Map<String, StageClock.Stage> p = pipeline.stages().stages();
        Map<String, StageClock.Stage> r = reference.stages().stages();
        Map<String, StageClock.Stage> m = many == null ? Map.of() : many.stages().stages();
        if (p.isEmpty() && r.isEmpty()) return List.of();
        boolean third = !m.isEmpty();
        List<String> out = new ArrayList<>();
        out.add("time per step, 1 thread (ms per article, share of the run's wall time, sentences it ran on)"
                + (third ? String.format(Locale.ROOT, "; last column: the pipeline on %d threads, ms per article summed over its threads, and its ratio to 1 thread", threads) : "") + ":");
        String format = third ? "  %-38s %30s %30s %20s" : "  %-38s %30s %30s";
        out.add(String.format(Locale.ROOT, format, "step", "pipeline", "reference", threads + " threads").stripTrailing());
        for (String step : order(List.copyOf(p.keySet()), List.copyOf(r.keySet()))) {
            out.add(String.format(Locale.ROOT, format, step, cell(p.get(step), pipeline), cell(r.get(step), reference),
                    third ? threadCell(m.get(step), many, p.get(step), pipeline) : "").stripTrailing());
        }
        out.add(String.format(Locale.ROOT, format, "all steps", total(pipeline), total(reference),
                third ? threadTotal(many, pipeline) : "").stripTrailing());
        return out;
    }

    private static String threadCell(StageClock.Stage s, Tally t, StageClock.Stage one, Tally oneTally) {
        if (s == null) return "-";
        double ms = perArticle(s.nanos(), t);
        double oneMs = one == null ? 0 : perArticle(one.nanos(), oneTally);
        return String.format(Locale.ROOT, "%8.1f ms %6s", ms, oneMs == 0 ? "" : String.format(Locale.ROOT, "%.2fx", ms / oneMs));
    }

    private static String threadTotal(Tally t, Tally one) {
        double ms = perArticle(t.stages().totalNanos(), t);
        double oneMs = perArticle(one.stages().totalNanos(), one);
        return String.format(Locale.ROOT, "%8.1f ms %6s", ms, oneMs == 0 ? "" : String.format(Locale.ROOT, "%.2fx", ms / oneMs));
    }

    /** Both lists' steps, each once: the first list's order, the second's own steps right after the common step they follow. */
    static List<String> order(List<String> first, List<String> second) {
        List<String> out = new ArrayList<>(first);
        int at = 0;
        for (String s : second) {
            int i = out.indexOf(s);
            if (i >= 0) {
                at = i + 1;
            } else {
                out.add(at++, s);
            }
        }
        return out;
    }

    private static String cell(StageClock.Stage s, Tally t) {
        if (s == null) return "-";
        return String.format(Locale.ROOT, "%8.1f ms %5.1f%% %7d", perArticle(s.nanos(), t), pct(s.nanos(), t.nanos()), s.items());
    }

    private static String total(Tally t) {
        long sum = t.stages().totalNanos();
        return String.format(Locale.ROOT, "%8.1f ms %5.1f%% %7s", perArticle(sum, t), pct(sum, t.nanos()), "");
    }

    private static double perArticle(long nanos, Tally t) {
        return t.articles() == 0 ? 0 : nanos / 1e6 / t.articles();
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
