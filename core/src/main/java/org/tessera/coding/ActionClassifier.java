package org.tessera.coding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The class of the action a word heads. A verb is classed by its particle or object together with
 * it ("step down", "expel diplomats"), then alone ("meet"), then by its object ("impose sanctions");
 * a noun by its modifier or "of" complement together with it ("travel ban", "state of emergency"),
 * then alone; a noun of asking or offering by what it asks for ("calls for talks", "an offer to mediate"). A reverse word takes the reversal of what it undoes: "lift the sanctions" and "the
 * lifting of sanctions" are easing sanctions. The words are data ({@link ActionClasses},
 * {@link ActionFrames}); which parts of the parse to join is here. Immutable and thread-safe.
 */
final class ActionClassifier {
    /** How far down a chain of complements ("the end of the lifting of ...") we read; junk parses may cycle. */
    private static final int DEPTH = 3;
    private static final List<String> REVERSED_COMPLEMENTS = List.of("of", "to", "on");
    private static final List<String> ASKED_COMPLEMENTS = List.of("for", "of");

    private final ActionClasses classes;
    private final ActionFrames frames;
    private final FamilyTable table;

    ActionClassifier(ActionClasses classes, ActionFrames frames, FamilyTable table) {
        this.classes = Objects.requireNonNull(classes);
        this.frames = Objects.requireNonNull(frames);
        this.table = Objects.requireNonNull(table);
    }

    Optional<String> classOf(ParseView view, int t) {
        if (view.token(t).isVerb()) return verbClass(view, t, DEPTH);
        return nounClass(view, t, DEPTH);
    }

    /** What undoing the action a noun names is, if the table says: "sanctions" gives easing sanctions. */
    Optional<String> reversalOf(ParseView view, int noun) {
        return reversalOf(view, noun, DEPTH);
    }

    private Optional<String> reversalOf(ParseView view, int noun, int depth) {
        return nounClass(view, noun, depth).flatMap(table::reversal);
    }

    private Optional<String> verbClass(ParseView view, int v, int depth) {
        String lemma = view.lemma(v);
        List<Integer> objects = PatternMatcher.dependents(view, v, "obj");
        for (int c : view.children(v, "compound:prt")) {
            Optional<String> k = classes.get(lemma + " " + view.lemma(c));
            if (k.isPresent()) return k;
        }
        for (int o : objects) {
            Optional<String> k = classes.get(lemma + " " + view.lemma(o));
            if (k.isPresent()) return k;
        }
        // Undoing an object ("call off the strike") the table cannot reverse says nothing we can code; without one, the verb may name an action ("withdraw").
        boolean reverse = frames.reverses(lemma) || view.children(v, "compound:prt").stream().anyMatch(c -> frames.reverses(lemma + " " + view.lemma(c)));
        if (reverse) return objects.isEmpty() ? classes.get(lemma) : first(view, objects, depth);
        Optional<String> own = classes.get(lemma);
        if (own.isPresent()) return own;
        for (int o : objects) {
            Optional<String> c = nounClass(view, o, depth);
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    private Optional<String> first(ParseView view, List<Integer> nouns, int depth) {
        for (int n : nouns) {
            Optional<String> r = reversalOf(view, n, depth);
            if (r.isPresent()) return r;
        }
        return Optional.empty();
    }

    private Optional<String> nounClass(ParseView view, int n, int depth) {
        if (depth == 0 || !view.token(n).isNoun()) return Optional.empty();
        String lemma = view.lemma(n);
        if (frames.reverses(lemma)) {
            for (String p : REVERSED_COMPLEMENTS)
                for (int c : view.prepositional(n, p)) {
                    Optional<String> r = nounClass(view, c, depth - 1).flatMap(table::reversal);
                    if (r.isPresent()) return r;
                }
        }
        if (frames.get(lemma).isPresent()) {
            // "calls for early elections", "a demand for the release": what is asked for is the action.
            for (String p : ASKED_COMPLEMENTS)
                for (int c : view.prepositional(n, p)) {
                    Optional<String> k = nounClass(view, c, depth - 1);
                    if (k.isPresent()) return k;
                }
            // "a demand to sever ties", "an invitation to attend talks": or the infinitive it asks for.
            for (int c : view.children(n))
                if (view.baseRelation(c).equals("acl") && view.token(c).isVerb()) {
                    Optional<String> k = verbClass(view, c, depth - 1); // a relative clause on its own object loops
                    if (k.isPresent()) return k;
                }
        }
        for (int c : view.children(n)) {
            String rel = view.relation(c);
            if (!rel.equals("amod") && !rel.equals("compound")) continue;
            Optional<String> k = classes.get(view.lemma(c) + " " + lemma);
            if (k.isPresent()) return k;
        }
        for (int c : view.prepositional(n, "of")) {
            Optional<String> k = classes.get(lemma + " of " + view.lemma(c));
            if (k.isPresent()) return k;
        }
        Optional<String> own = classes.get(lemma);
        if (own.isPresent()) return own;
        // A capitalised plural opening a sentence ("Sanctions") is often left unlemmatised.
        String w = view.token(n).word().toLowerCase(Locale.ROOT);
        return w.endsWith("s") ? classes.get(w.substring(0, w.length() - 1)) : Optional.empty();
    }
}
