package org.tessera.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tessera.data.WordClasses;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Dependency;
import org.tessera.model.Token;

/**
 * Finds the place names that a sentence's dependency parse puts the event at: a name governed by
 * a locative preposition (in, at, near, outside...) whose phrase attaches to the trigger, to a word
 * below it ("held talks in Minsk", "at his residence in Sochi") or to a clause above it ("In
 * Minsk, Lukashenko said he would meet..."). "to" counts only for visits and travel ("trip to
 * Tokyo"), and the object of "visit" is where the visit is. Subjects and objects otherwise are
 * actors, never places: "Moscow warned Kyiv" has no location. The words are data
 * ({@link LocativeWord}); the NER tags and the relations climbed are the tagger's and parser's
 * inventory and stay here. Immutable and thread-safe.
 */
final class LocativeFinder {
    static final Set<String> PLACE_NER = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "LOCATION");
    /** NER tags a name that may still be a place carries ("Kremlin" is often ORGANIZATION). */
    private static final Set<String> MAYBE_PLACE_NER = Set.of("O", "MISC", "ORGANIZATION", "FACILITY");
    /** Relations climbed from the place's phrase toward the trigger. */
    private static final Set<String> CLIMB = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "advcl", "conj", "compound",
            "ccomp", "dep", "appos", "acl", "parataxis");
    /** Relations climbed from the trigger toward a governing clause that carries the place. */
    private static final Set<String> CLIMB_FROM_TRIGGER = Set.of("xcomp", "ccomp", "advcl", "conj", "obj", "acl", "obl", "nmod");
    private static final int MAX_STEPS = 4;

    private final WordClasses<LocativeWord> words;

    LocativeFinder(WordClasses<LocativeWord> words) {
        this.words = Objects.requireNonNull(words);
    }

    static LocativeFinder bundled() {
        return new LocativeFinder(LocativeWord.bundled());
    }

    /** Place mentions attached to the trigger, closest first; empty when the sentence gives none or is unparsed. */
    List<PlaceMention> find(AnnotatedSentence s, int trigger) {
        if (!s.parsed() || trigger < 0 || trigger >= s.size()) return List.of();
        Map<Integer, Integer> triggerAncestors = ancestors(s, trigger);
        String triggerLemma = s.token(trigger).lowerLemma();
        List<PlaceMention> out = new ArrayList<>();
        for (int[] run : runs(s)) {
            int head = head(s, run[0], run[1]);
            Dependency edge = s.headEdge(head);
            if (edge == null || edge.governor() < 0) continue;
            String rel = edge.baseRelation();
            int gov = edge.governor();
            boolean visited = rel.equals("obj") && gov == trigger && words.is(triggerLemma, LocativeWord.PLACE_OBJECT);
            if (!visited) {
                if (!rel.equals("obl") && !rel.equals("nmod") && !rel.equals("advmod")) continue;
                String prep = preposition(s, head);
                boolean travelTo = prep.equals("to") && (words.is(triggerLemma, LocativeWord.TRAVEL) || words.is(s.token(gov).lowerLemma(), LocativeWord.TRAVEL));
                if (!words.is(prep, LocativeWord.LOCATIVE) && !travelTo) continue;
            }
            double d = distance(s, gov, trigger, triggerAncestors);
            if (d < 0) continue;
            out.add(new PlaceMention(run[0], run[1], s.span(run[0], run[1]), isTagged(s, run), qualifier(s, run[1]), d));
        }
        out.sort(Comparator.comparingDouble(PlaceMention::distance)
                .thenComparingInt(m -> Math.abs(m.start() - trigger)));
        return out;
    }

    /**
     * Place names NER tags as places that are the trigger's object, or its subject in the passive:
     * what "shelled Juba" or "Juba was shelled" acts on.
     */
    List<PlaceMention> objects(AnnotatedSentence s, int trigger) {
        if (!s.parsed() || trigger < 0 || trigger >= s.size()) return List.of();
        List<PlaceMention> out = new ArrayList<>();
        for (int[] run : runs(s)) {
            if (!isTagged(s, run)) continue;
            Dependency edge = s.headEdge(head(s, run[0], run[1]));
            if (edge == null || edge.governor() != trigger) continue;
            if (edge.baseRelation().equals("obj") || edge.relation().equals("nsubj:pass"))
                out.add(new PlaceMention(run[0], run[1], s.span(run[0], run[1]), true, qualifier(s, run[1]), 1));
        }
        return out;
    }

    /** Maximal runs of place-tagged tokens or of proper nouns that may be places. */
    static List<int[]> runs(AnnotatedSentence s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!placeLike(s.token(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < s.size() && placeLike(s.token(j))) j++;
            out.add(new int[]{i, j});
            i = j;
        }
        return out;
    }

    private static boolean placeLike(Token t) {
        if (PLACE_NER.contains(t.ner())) return true;
        return t.isProperNoun() && MAYBE_PLACE_NER.contains(t.ner()) && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean isTagged(AnnotatedSentence s, int[] run) {
        for (int k = run[0]; k < run[1]; k++) if (PLACE_NER.contains(s.token(k).ner())) return true;
        return false;
    }

    /** The token of [from, to) attached outside the span; the last one if the parse is odd. */
    private static int head(AnnotatedSentence s, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            Dependency e = s.headEdge(k);
            if (e == null || e.governor() < from || e.governor() >= to) return k;
        }
        return to - 1;
    }

    private String preposition(AnnotatedSentence s, int head) {
        String prep = "";
        for (Dependency d : s.dependentsOf(head)) {
            if (!d.baseRelation().equals("case")) continue;
            String w = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            if (words.is(w, LocativeWord.LOCATIVE) || w.equals("to")) return w;
            prep = w;
        }
        int colon = s.headEdge(head).relation().indexOf(':');
        if (prep.isEmpty() && colon > 0) prep = s.headEdge(head).relation().substring(colon + 1);
        return prep;
    }

    /** ", Texas" / ", Russia" right after the name. */
    private static String qualifier(AnnotatedSentence s, int end) {
        if (end + 1 >= s.size() || !s.token(end).word().equals(",")) return null;
        int j = end + 1;
        while (j < s.size() && (s.token(j).ner().equals("STATE_OR_PROVINCE") || s.token(j).ner().equals("COUNTRY"))) j++;
        return j > end + 1 ? s.span(end + 1, j) : null;
    }

    /** Steps from the place's governor up to the trigger, or to a clause that governs the trigger; -1 if neither. */
    private static double distance(AnnotatedSentence s, int gov, int trigger, Map<Integer, Integer> triggerAncestors) {
        int cur = gov;
        for (int steps = 1; steps <= MAX_STEPS; steps++) {
            if (cur == trigger) return steps;
            Integer up = triggerAncestors.get(cur);
            if (up != null) return steps + up + 0.5;
            Dependency e = s.headEdge(cur);
            if (e == null || e.governor() < 0 || !CLIMB.contains(e.baseRelation()) || e.relation().equals("acl:relcl")) return -1;
            cur = e.governor();
        }
        return -1;
    }

    private static Map<Integer, Integer> ancestors(AnnotatedSentence s, int trigger) {
        Map<Integer, Integer> out = new HashMap<>();
        int cur = trigger;
        for (int steps = 1; steps <= 2; steps++) {
            Dependency e = s.headEdge(cur);
            if (e == null || e.governor() < 0 || !CLIMB_FROM_TRIGGER.contains(e.baseRelation())) break;
            cur = e.governor();
            out.putIfAbsent(cur, steps);
        }
        return out;
    }
}
