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
        Map<String, StageClock.Stage> p = pipeline.stages().stages();
        Map<String, StageClock.Stage> r = reference.stages().stages();
        if (p.isEmpty() && r.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        out.add("time per step, 1 thread (ms per article, share of the run's wall time, sentences it ran on):");
        out.add(String.format(Locale.ROOT, "  %-38s %30s %30s", "step", "pipeline", "reference"));
        for (String step : order(List.copyOf(p.keySet()), List.copyOf(r.keySet()))) {
            out.add(String.format(Locale.ROOT, "  %-38s %30s %30s", step, cell(p.get(step), pipeline), cell(r.get(step), reference)));
        }
        out.add(String.format(Locale.ROOT, "  %-38s %30s %30s", "all steps", total(pipeline), total(reference)));
        return out;
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
