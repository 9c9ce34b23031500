package org.tessera.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tessera.model.Event;

/**
 * Scores predictions against gold. A prediction is right when an entry of the same document has
 * its quote inside the predicted sentence (white space folded, curly quotes straightened, case
 * ignored), the predicted root among the entry's roots, and source and target countries among the
 * accepted ones (either way round for symmetric entries). Only predictions that say the event
 * happened count ({@link org.tessera.model.Modality#countsAsHappened()}: asserted or reported);
 * negated, hypothetical and future ones are left out, as an event data set counts what happened.
 * Precision is over all counted predictions of the gold's documents; recall over required entries.
 */
public final class GoldScorer {
    private GoldScorer() {
    }

    public static Score score(List<GoldEntry> gold, List<Event> predictions) {
        List<Event> considered = counted(gold, predictions);
        int correct = 0;
        List<Event> falseEvents = new ArrayList<>();
        for (Event e : considered) {
            if (gold.stream().anyMatch(g -> matches(g, e))) correct++;
            else falseEvents.add(e);
        }
        Set<String> foundIds = foundIds(gold, considered);
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

    /** The predictions scoring looks at: those of the gold's documents that say the event happened. */
    static List<Event> counted(List<GoldEntry> gold, List<Event> predictions) {
        Set<String> docs = new HashSet<>();
        for (GoldEntry g : gold) docs.add(g.doc());
        return predictions.stream().filter(e -> docs.contains(e.doc()) && e.modality().countsAsHappened()).toList();
    }

    /** Ids of the entries some counted prediction matches. */
    static Set<String> foundIds(List<GoldEntry> gold, List<Event> counted) {
        Set<String> ids = new HashSet<>();
        for (Event e : counted)
            for (GoldEntry g : gold) if (matches(g, e)) ids.add(g.id());
        return ids;
    }

    public static boolean matches(GoldEntry g, Event e) {
        return inSentence(g, e) && g.roots().contains(e.action().code().root()) && actorsMatch(g, e);
    }

    /** Whether the prediction is of the entry's document and its sentence holds the entry's quote. */
    static boolean inSentence(GoldEntry g, Event e) {
        return g.doc().equals(e.doc()) && fold(e.sentence()).contains(fold(g.quote()));
    }

    /** Whether source and target countries are among the accepted ones (either way round when symmetric). */
    static boolean actorsMatch(GoldEntry g, Event e) {
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
