package org.tessera.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tessera.model.Token;

/**
 * The actor and agent phrases of a set of dictionaries, indexed by their first word, and the
 * marking of a sentence with them. Left to right, the longest actor name starting at a token wins
 * and the scan resumes after it; agents are then found the same way among the tokens no actor
 * name took (an agent may be written in its plural or another inflection, so agents also match
 * on lemmas; actor names match words only). Immutable and thread-safe.
 */
final class PhraseIndex {
    private record Phrase<T>(List<String> words, T value) {
    }

    private final Map<String, List<Phrase<PetrarchActor>>> actors = new HashMap<>();
    private final Map<String, List<Phrase<PetrarchAgent>>> agents = new HashMap<>();

    PhraseIndex(List<PetrarchActor> actorList, List<PetrarchAgent> agentList) {
        for (PetrarchActor a : actorList)
            for (List<String> n : a.names()) actors.computeIfAbsent(n.get(0), k -> new ArrayList<>()).add(new Phrase<>(n, a));
        for (PetrarchAgent a : agentList) agents.computeIfAbsent(a.words().get(0), k -> new ArrayList<>()).add(new Phrase<>(a.words(), a));
    }

    /** Whether some token could start an actor name or an agent phrase (used to decide what to parse). */
    boolean mayHoldActor(List<Token> tokens) {
        for (Token t : tokens)
            if (actors.containsKey(t.word().toUpperCase(Locale.ROOT)) || agents.containsKey(t.lemma().toUpperCase(Locale.ROOT))) return true;
        return false;
    }

    /** The actor and agent phrases of a sentence; actor codes as they hold on {@code date}. */
    PhraseMarks mark(TokenWords w, LocalDate date) {
        int n = w.size();
        String[] actorCode = new String[n];
        boolean[] inActor = new boolean[n];
        PetrarchAgent[] agentAt = new PetrarchAgent[n];
        for (int i = 0; i < n; ) {
            Phrase<PetrarchActor> best = longest(actors, w, i, false);
            if (best == null) {
                i++;
                continue;
            }
            String code = best.value().codeOn(date).orElse(null);
            for (int k = i; k < i + best.words().size(); k++) {
                actorCode[k] = code;
                inActor[k] = true;
            }
            i += best.words().size();
        }
        for (int i = 0; i < n; ) {
            Phrase<PetrarchAgent> best = inActor[i] ? null : longest(agents, w, i, true);
            if (best == null) {
                i++;
                continue;
            }
            for (int k = i; k < i + best.words().size(); k++) agentAt[k] = best.value();
            i += best.words().size();
        }
        return new PhraseMarks(actorCode, inActor, agentAt);
    }

    /** The longest phrase starting at token i; of equally long ones the first indexed. */
    private static <T> Phrase<T> longest(Map<String, List<Phrase<T>>> index, TokenWords w, int i, boolean lemmas) {
        List<Phrase<T>> cands = new ArrayList<>(index.getOrDefault(w.word(i), List.of()));
        if (lemmas && !w.lemma(i).equals(w.word(i))) cands.addAll(index.getOrDefault(w.lemma(i), List.of()));
        Phrase<T> best = null;
        for (Phrase<T> c : cands) {
            if (!(lemmas ? w.matchesAt(i, c.words()) : w.wordsMatchAt(i, c.words()))) continue;
            if (best == null || c.words().size() > best.words().size()) best = c;
        }
        return best;
    }
}
