package org.tessera.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.tessera.model.Event;

/**
 * Where a score's misses lie, for {@code eval -v}: recall per CAMEO root (each required entry
 * under its most fitting root) and per PLOVER category (entries that name one), the roots coded
 * instead of the right one, and the required entries whose sentence gave no event at all — the
 * coder's blind spots, as opposed to entries it saw but coded wrong.
 */
public record Breakdown(List<Tally> byRoot, List<Tally> byPlover, List<Confusion> confusions, List<GoldEntry> silent) {
    public Breakdown {
        byRoot = List.copyOf(byRoot);
        byPlover = List.copyOf(byPlover);
        confusions = List.copyOf(confusions);
        silent = List.copyOf(silent);
    }

    /** Under the scorer's rules ({@link GoldScorer}); {@code silent} looks at every prediction, counted or not. */
    public static Breakdown of(List<GoldEntry> gold, List<Event> predictions) {
        List<Event> counted = GoldScorer.counted(gold, predictions);
        Set<String> found = GoldScorer.foundIds(gold, counted);
        List<GoldEntry> required = gold.stream().filter(GoldEntry::required).toList();
        List<GoldEntry> withPlover = required.stream().filter(g -> !g.plover().isEmpty()).toList();
        List<GoldEntry> silent = required.stream()
                .filter(g -> predictions.stream().noneMatch(e -> GoldScorer.inSentence(g, e))).toList();
        return new Breakdown(tallies(required, found, GoldEntry::root), tallies(withPlover, found, GoldEntry::plover),
                confusions(gold, counted), silent);
    }

    private static List<Tally> tallies(List<GoldEntry> entries, Set<String> found, Function<GoldEntry, String> group) {
        Map<String, int[]> counts = new TreeMap<>();
        for (GoldEntry g : entries) {
            int[] c = counts.computeIfAbsent(group.apply(g), k -> new int[2]);
            c[0]++;
            if (found.contains(g.id())) c[1]++;
        }
        List<Tally> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new Tally(k, c[0], c[1])));
        return out;
    }

    private static List<Confusion> confusions(List<GoldEntry> gold, List<Event> counted) {
        Map<List<String>, Integer> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Event e : counted) {
            String predicted = e.action().code().root();
            for (GoldEntry g : gold) {
                if (GoldScorer.inSentence(g, e) && GoldScorer.actorsMatch(g, e) && !g.roots().contains(predicted))
                    counts.merge(List.of(g.root(), predicted), 1, Integer::sum);
            }
        }
        List<Confusion> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Confusion(k.get(0), k.get(1), n)));
        out.sort(Comparator.comparingInt(Confusion::count).reversed());
        return out;
    }
}
