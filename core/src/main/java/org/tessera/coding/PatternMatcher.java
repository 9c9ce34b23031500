package org.tessera.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the lexicon patterns that fit at a trigger word. A requirement names a relation
 * ({@code +obj:sanction}) or a preposition ({@code +for:visit}), or several ({@code +for|over:pay});
 * it may hang off the trigger or off a word an earlier requirement matched ("imposed sanctions on"
 * whether the parser attached "on" to the verb or the noun). Passive and participle forms are
 * read through: the object of "impose" is the passive subject of "were imposed" and the noun
 * that "imposed" modifies in "sanctions imposed on".
 */
final class PatternMatcher {
    private static final Map<String, String> RELATION_ALIASES = Map.of("prt", "compound:prt", "auxpass", "aux:pass");
    private static final java.util.Set<String> RELATIONS = java.util.Set.of(
            "obj", "iobj", "xcomp", "ccomp", "prt", "auxpass", "advmod", "nsubj", "amod", "compound", "acl", "advcl", "nmod:poss", "obl", "dep");

    private final EventLexicon lexicon;

    PatternMatcher(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** All patterns that fit at token t, most specific first. */
    List<PatternMatch> at(ParseView view, int t) {
        var token = view.token(t);
        List<EventPattern> candidates = token.isVerb() ? lexicon.verbPatterns(view.lemma(t))
                : token.isNoun() ? lexicon.nounPatterns(view.lemma(t)) : List.of();
        if (candidates.isEmpty() && token.isNoun() && token.word().endsWith("s"))
            candidates = lexicon.nounPatterns(view.lemma(t));
        List<PatternMatch> out = new ArrayList<>();
        for (EventPattern p : candidates) fit(view, t, p).ifPresent(out::add);
        out.sort(Comparator.comparingInt((PatternMatch m) -> -m.pattern().specificity()));
        return out;
    }

    private static Optional<PatternMatch> fit(ParseView view, int t, EventPattern p) {
        List<Integer> matched = new ArrayList<>();
        for (EventPattern.Requirement r : p.requirements()) {
            Optional<Integer> hit = find(view, t, r, matched);
            if (r.present() && hit.isEmpty()) return Optional.empty();
            if (!r.present() && hit.isPresent()) return Optional.empty();
            hit.ifPresent(matched::add);
        }
        return Optional.of(new PatternMatch(p, t, matched));
    }

    /**
     * A dependent through one of the requirement's links, on the trigger and then on the words earlier
     * requirements matched: "imposed sanctions on" (a preposition on the noun), "broke off diplomatic
     * ties" (an adjective on the noun), "went on hunger strike" (a compound on the noun).
     */
    private static Optional<Integer> find(ParseView view, int t, EventPattern.Requirement r, List<Integer> matched) {
        for (String link : r.links()) {
            for (int c : dependents(view, t, link)) if (accepts(view, r, c)) return Optional.of(c);
            for (int m : matched)
                for (int c : dependents(view, m, link)) if (accepts(view, r, c)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** Lemma, word, or the word without a plural s: a capitalised "Sanctions" opening a sentence is often left unlemmatised. */
    private static boolean accepts(ParseView view, EventPattern.Requirement r, int c) {
        String w = view.token(c).word().toLowerCase(java.util.Locale.ROOT);
        return r.accepts(view.lemma(c)) || r.accepts(w) || w.endsWith("s") && r.accepts(w.substring(0, w.length() - 1));
    }

    /** The dependents of t reached by a link: a relation, read through passive and participles, or a preposition. */
    static List<Integer> dependents(ParseView view, int t, String link) {
        if (!RELATIONS.contains(link)) return view.prepositional(t, link);
        String rel = RELATION_ALIASES.getOrDefault(link, link);
        List<Integer> out = new ArrayList<>(view.children(t, rel));
        if (link.equals("obj")) {
            if (view.isPassive(t)) out.addAll(view.children(t, "nsubj:pass"));
            if (view.baseRelation(t).equals("acl") && view.head(t) >= 0 && view.token(t).pos().equals("VBN")) out.add(view.head(t));
            // "lifted Friday a blockade": news style puts the day between verb and object, and the parser hangs the object off the day.
            if (out.isEmpty())
                for (int day : view.children(t, "obl:tmod")) out.addAll(view.children(day, "dep"));
        }
        if (link.equals("obl")) out.removeIf(c -> !view.preposition(c).isEmpty());
        return out;
    }
}
