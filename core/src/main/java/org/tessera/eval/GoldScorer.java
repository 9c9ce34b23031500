package org.tessera.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tessera.model.Event;
import org.tessera.model.Modality;

/**
 * Scores predictions against gold. A prediction is right when an entry of the same document has
 * its quote inside the predicted sentence (white space folded, curly quotes straightened, case
 * ignored), the predicted root among the entry's roots, and source and target countries among the
 * accepted ones (either way round for symmetric entries). Negated and hypothetical predictions are
 * left out. Precision is over all remaining predictions of the gold's documents; recall over
 * required entries.
 */
public final class GoldScorer {
    private GoldScorer() {
    }

    public static Score score(List<GoldEntry> gold, List<Event> predictions) {
        Set<String> docs = new HashSet<>();
        for (GoldEntry g : gold) docs.add(g.doc());
        List<Event> considered = new ArrayList<>();
        for (Event e : predictions) {
            if (!docs.contains(e.doc())) continue;
            if (e.modality() == Modality.NEGATED || e.modality() == Modality.HYPOTHETICAL) continue;
            considered.add(e);
        }
        int correct = 0;
        List<Event> falseEvents = new ArrayList<>();
        Set<String> foundIds = new HashSet<>();
        for (Event e : considered) {
            boolean ok = false;
            for (GoldEntry g : gold) {
                if (matches(g, e)) {
                    ok = true;
                    foundIds.add(g.id());
                }
            }
            if (ok) correct++;
            else falseEvents.add(e);
        }
        int required = 0;
        int found = 0;
        List<GoldEntry> misses = new ArrayList<>();
        for (GoldEntry g : gold) {
            if (!g.required()) continue;
            required++;
            if (foundIds.contains(g.id())) found++;
            else misses.add(g);
        }
        return new Score(considered.size(), correct, required, found, falseEvents, misses);
    }

    public static boolean matches(GoldEntry g, Event e) {
        if (!g.doc().equals(e.doc())) return false;
        if (!fold(e.sentence()).contains(fold(g.quote()))) return false;
        if (!g.roots().contains(e.action().code().root())) return false;
        String s = e.source().country();
        String t = e.target() == null ? "" : e.target().country();
        if (g.sources().contains(s) && g.targets().contains(t)) return true;
        return g.symmetric() && g.sources().contains(t) && g.targets().contains(s);
    }

    static String fold(String s) {
        String x = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('«', '"').replace('»', '"').replace('–', '-').replace('—', '-');
        return x.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
