package org.tessera.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the dictionary verbs of a sentence and the pattern each one fires, from the token
 * sequence alone (no parse). A verb is a token tagged VB* that carries a dictionary verb, the
 * longest multi-word verb ({@code WIRE TAP}) winning. Of the verb's block patterns the one that
 * matches most words wins (the first of equals); its code replaces the verb's own. Pattern words
 * after the verb are matched left to right, those before it right to left, each at the nearest
 * place that lets the rest match too; {@code _} ties an element to its neighbour, a synset
 * ({@code &MONEY}) matches any of its phrases, and the source/target/compound/skip markers
 * ({@code $ + % ^}) take no token: who did what to whom is the argument finder's, from the parse.
 * Tokens a verb and its pattern took are not read as verbs again. Immutable and thread-safe.
 */
final class VerbPatternMatcher {
    /**
     * A verb of the sentence at token {@code verb}: its dictionary entry, the pattern that fired
     * (null when none did and the verb's own code holds) and the tokens verb and pattern took.
     */
    record VerbMatch(int verb, VerbDictionary.Entry entry, VerbDictionary.Pattern pattern, List<Integer> covered) {
        VerbMatch {
            covered = List.copyOf(covered);
        }

        /** The code as written: {@code 042} or, for both directions, {@code 042:043}. */
        String code() {
            return pattern != null ? pattern.code() : entry.code();
        }

        /** The code from source to target. */
        String forward() {
            return code().split(":", -1)[0].strip();
        }

        /** The code from target back to source ({@code B} of {@code A:B}), or "". */
        String backward() {
            String[] parts = code().split(":", -1);
            return parts.length > 1 ? parts[1].strip() : "";
        }

        /** Whether neither direction codes an event ({@code ---}). */
        boolean codesNothing() {
            return noEvent(forward()) && noEvent(backward());
        }

        String evidence() {
            return "petrarch verb=" + entry.block().name() + " " + (pattern == null ? entry.verb().origin() : pattern.origin());
        }
    }

    private final Map<String, List<VerbDictionary.Entry>> verbs;
    private final Map<String, List<List<String>>> synsets;

    VerbPatternMatcher(VerbDictionary dictionary) {
        this.verbs = dictionary.index();
        this.synsets = dictionary.synsets();
    }

    /** Whether a code (one direction of a pattern's) codes no event. */
    static boolean noEvent(String code) {
        return code.isEmpty() || code.equals("---");
    }

    /** The sentence's verbs, left to right, each with the pattern it fires. */
    List<VerbMatch> matches(TokenWords w) {
        List<VerbMatch> out = new ArrayList<>();
        boolean[] used = new boolean[w.size()];
        for (int i = 0; i < w.size(); i++) {
            if (used[i] || !w.isVerb(i)) continue;
            Optional<VerbMatch> m = at(w, i);
            if (m.isEmpty()) continue;
            for (int t : m.get().covered()) used[t] = true;
            out.add(m.get());
        }
        return out;
    }

    /** The dictionary verb carried by token i with its best pattern, whatever i's part of speech. */
    Optional<VerbMatch> at(TokenWords w, int i) {
        VerbDictionary.Entry entry = verbAt(w, i);
        if (entry == null) return Optional.empty();
        int vStart = i - entry.verb().verbIndex();
        int vEnd = vStart + entry.verb().words().size();
        VerbDictionary.Pattern bestPattern = null;
        List<Integer> bestTokens = null;
        for (VerbDictionary.Pattern p : entry.block().patterns()) {
            List<Integer> m = match(w, p, vStart, vEnd);
            if (m != null && (bestTokens == null || m.size() > bestTokens.size())) {
                bestPattern = p;
                bestTokens = m;
            }
        }
        List<Integer> covered = new ArrayList<>(bestTokens == null ? List.of() : bestTokens);
        for (int k = vStart; k < vEnd; k++) covered.add(k);
        return Optional.of(new VerbMatch(i, entry, bestPattern, covered));
    }

    private VerbDictionary.Entry verbAt(TokenWords w, int i) {
        List<VerbDictionary.Entry> cands = new ArrayList<>(verbs.getOrDefault(w.word(i), List.of()));
        if (!w.lemma(i).equals(w.word(i))) cands.addAll(verbs.getOrDefault(w.lemma(i), List.of()));
        VerbDictionary.Entry best = null;
        for (VerbDictionary.Entry e : cands) {
            VerbDictionary.Verb v = e.verb();
            int start = i - v.verbIndex();
            boolean ok = true;
            for (int k = 0; k < v.words().size() && ok; k++) {
                if (k == v.verbIndex()) continue;
                ok = w.matchesAt(start + k, List.of(v.words().get(k)));
            }
            if (ok && (best == null || v.words().size() > best.verb().words().size())) best = e;
        }
        return best;
    }

    /** The tokens the pattern's words take around the verb tokens [vStart, vEnd), or null when it does not match. */
    private List<Integer> match(TokenWords w, VerbDictionary.Pattern p, int vStart, int vEnd) {
        int v = p.verbAt();
        List<VerbDictionary.Element> els = p.elements();
        List<Integer> tokens = new ArrayList<>();
        if (!forward(w, els, v + 1, vEnd, els.size() > v + 1 && els.get(v + 1).joined(), tokens)) return null;
        // Before the verb, right to left: an element is bound to the one on its right when that one is joined.
        if (!backward(w, els, v - 1, vStart - 1, els.get(v).joined(), tokens)) return null;
        return tokens;
    }

    private boolean forward(TokenWords w, List<VerbDictionary.Element> els, int e, int pos, boolean bound, List<Integer> tokens) {
        while (e < els.size() && isMarker(els.get(e))) e++;
        if (e >= els.size()) return true;
        VerbDictionary.Element el = els.get(e);
        boolean mustHere = bound || el.joined();
        for (int q = pos; q < w.size(); q++) {
            for (List<String> phrase : alternatives(el)) {
                if (!w.matchesAt(q, phrase)) continue;
                int size = tokens.size();
                for (int k = 0; k < phrase.size(); k++) tokens.add(q + k);
                boolean nextBound = e + 1 < els.size() && els.get(e + 1).joined();
                if (forward(w, els, e + 1, q + phrase.size(), nextBound, tokens)) return true;
                tokens.subList(size, tokens.size()).clear();
            }
            if (mustHere) return false;
        }
        return false;
    }

    private boolean backward(TokenWords w, List<VerbDictionary.Element> els, int e, int pos, boolean bound, List<Integer> tokens) {
        while (e >= 0 && isMarker(els.get(e))) {
            bound = bound && els.get(e).joined();
            e--;
        }
        if (e < 0) return true;
        VerbDictionary.Element el = els.get(e);
        for (int q = pos; q >= 0; q--) {
            for (List<String> phrase : alternatives(el)) {
                int start = q - phrase.size() + 1;
                if (!w.matchesAt(start, phrase)) continue;
                int size = tokens.size();
                for (int k = 0; k < phrase.size(); k++) tokens.add(start + k);
                if (backward(w, els, e - 1, start - 1, el.joined(), tokens)) return true;
                tokens.subList(size, tokens.size()).clear();
            }
            if (bound) return false;
        }
        return false;
    }

    private static boolean isMarker(VerbDictionary.Element e) {
        return e.kind() != VerbDictionary.Kind.WORD && e.kind() != VerbDictionary.Kind.SYNSET;
    }

    private List<List<String>> alternatives(VerbDictionary.Element e) {
        if (e.kind() == VerbDictionary.Kind.SYNSET) return synsets.getOrDefault(e.text(), List.of());
        return List.of(List.of(e.text()));
    }
}
