package org.tessera.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tessera.data.WordClasses;

/**
 * Finds the tokens that fill an event's source and target. The source of a verb is its subject,
 * or in the passive its "by" agent; a verb without a subject of its own takes it from the clause
 * it hangs off ("Russia vows to retaliate", "narrowed contacts and curtailed work"), except that
 * after object-control verbs ("invited Abe to visit", "urged Berlin to cooperate") the object is
 * the subject; a stative passive ("were engaged in fighting") keeps its subject. Targets come from the pattern's slots, searched on the trigger and then on the
 * words its requirements matched. The object-control verbs are data ({@link VerbClass}); the
 * relations climbed are the parser's structure. Immutable and thread-safe.
 */
final class ArgumentFinder {
    private static final Set<String> INHERITING = Set.of("xcomp", "conj", "advcl", "acl", "obl", "nmod", "ccomp", "csubj", "dep", "parataxis");
    private static final List<String> DEFAULT_NOUN_SOURCES = List.of("nmod:poss", "amod", "compound", "by");

    private final WordClasses<VerbClass> verbs;

    ArgumentFinder(WordClasses<VerbClass> verbs) {
        this.verbs = Objects.requireNonNull(verbs);
    }

    List<Integer> sources(ParseView view, PatternMatch m) {
        int t = m.trigger();
        if (m.pattern().nominal()) {
            List<String> slots = m.pattern().sourceSlots().isEmpty() ? DEFAULT_NOUN_SOURCES : m.pattern().sourceSlots();
            List<Integer> out = new ArrayList<>();
            for (String s : slots) out.addAll(PatternMatcher.dependents(view, t, s));
            // "Japan's decision to limit contacts": a noun trigger that is the object of a verb takes that verb's subject.
            return out;
        }
        // "Israel is opposed to": a verb pattern may name where its source is when the parse hides it.
        List<Integer> places = places(view, t, m.matched());
        for (String s : m.pattern().sourceSlots()) {
            List<Integer> out = filling(view, places, s);
            if (!out.isEmpty()) return out;
        }
        return subjects(view, t, 0);
    }

    /**
     * A noun event without its own source takes that of the verb it is an argument of: "Japan's decision"
     * has one, "Lavrov said during a joint press conference with Kishida" borrows Lavrov from "said".
     */
    List<Integer> governingSubjects(ParseView view, PatternMatch m) {
        int t = m.trigger();
        String rel = view.relation(t);
        boolean argument = rel.equals("obj") || rel.equals("nsubj:pass") || view.baseRelation(t).equals("obl");
        int h = view.head(t);
        return argument && h >= 0 && view.token(h).isVerb() ? subjects(view, h, 0) : List.of();
    }

    /**
     * A participle on a text that someone put out speaks for them: "Kiev issued a statement demanding",
     * "parliament adopted a resolution urging". Empty unless the verb describes the object of an issuing verb.
     */
    List<Integer> issuers(ParseView view, int verb) {
        int text = view.head(verb);
        if (!view.baseRelation(verb).equals("acl") || text < 0 || !view.token(text).isNoun() || !view.relation(text).equals("obj")) return List.of();
        int issuing = view.head(text);
        return issuing >= 0 && verbs.is(view.lemma(issuing), VerbClass.ISSUING) ? subjects(view, issuing, 0) : List.of();
    }

    List<Integer> subjects(ParseView view, int t, int depth) {
        if (t < 0 || depth > 6) return List.of();
        if (view.isPassive(t)) {
            List<Integer> agent = view.prepositional(t, "by");
            if (!agent.isEmpty()) return agent;
        }
        List<Integer> subj = new ArrayList<>(view.children(t, "nsubj"));
        // "forces were engaged in fighting": a stative passive names a state its subject is in, so the subject acts.
        boolean stative = view.isPassive(t) && verbs.is(view.lemma(t), VerbClass.STATIVE);
        if (!stative) subj.removeIf(s -> view.relation(s).equals("nsubj:pass"));
        if (!subj.isEmpty()) return subj;
        String rel = view.baseRelation(t);
        int h = view.head(t);
        if (h < 0 || !INHERITING.contains(rel)) return List.of();
        if (rel.equals("ccomp") || rel.equals("csubj") || rel.equals("parataxis")) return List.of();
        if (rel.equals("xcomp") && verbs.is(view.lemma(h), VerbClass.OBJECT_CONTROL)) {
            List<Integer> obj = view.children(h, "obj");
            if (!obj.isEmpty()) return obj;
            for (String p : List.of("on", "to", "upon")) {
                List<Integer> via = view.prepositional(h, p);
                if (!via.isEmpty()) return via;
            }
        }
        if (rel.equals("acl") && view.token(t).pos().equals("VBG")) {
            // "nations contributing assistance": an active participle's subject is the noun it modifies.
            return List.of(h);
        }
        if (rel.equals("acl")) {
            // "sanctions imposed on Moscow": the participle's subject is whoever acts on the noun it modifies.
            int noun = h;
            int verb = view.head(noun);
            if (verb < 0 || !view.token(verb).isVerb()) return List.of();
            return subjects(view, verb, depth + 1);
        }
        if ((rel.equals("obl") || rel.equals("nmod")) && !view.token(t).pos().startsWith("VB")) return List.of();
        List<Integer> doer = gerundDoer(view, t, h);
        if (!doer.isEmpty()) return doer;
        if ((rel.equals("conj") || rel.equals("dep")) && !view.token(h).isVerb()) {
            // A misparse hung the verb off a noun ("suspending Nord Stream 2 and slapping sanctions"): the clause it belongs to is the nearest verb above.
            int x = h;
            for (int i = 0; i < 4 && x >= 0 && !view.token(x).isVerb(); i++) x = view.head(x);
            return x >= 0 && view.token(x).isVerb() ? subjects(view, x, depth + 1) : List.of();
        }
        return subjects(view, h, depth + 1);
    }

    /**
     * "criticised Moscow for cutting gas supplies", "accused the rebels of violating the truce": the
     * object of a verb of praise or blame did what its for/of gerund says (in the passive, its subject).
     */
    private List<Integer> gerundDoer(ParseView view, int gerund, int head) {
        if (!view.token(gerund).pos().equals("VBG") || !verbs.is(view.lemma(head), VerbClass.JUDGING)) return List.of();
        String rel = view.baseRelation(gerund);
        if (!rel.equals("obl") && !rel.equals("advcl")) return List.of();
        boolean forOrOf = false;
        for (int c : view.children(gerund)) {
            String cr = view.baseRelation(c);
            String w = view.token(c).word().toLowerCase();
            if ((cr.equals("case") || cr.equals("mark")) && (w.equals("for") || w.equals("of"))) forOrOf = true;
        }
        return forOrOf ? PatternMatcher.dependents(view, head, "obj") : List.of();
    }

    /** The words of the first target slot that holds any. */
    List<Integer> targets(ParseView view, PatternMatch m) {
        List<List<Integer>> tiers = targetTiers(view, m);
        return tiers.isEmpty() ? List.of() : tiers.get(0);
    }

    /**
     * The pattern's target slots that hold words, in the pattern's order, one tier each: the coder
     * takes the first that names an actor, so an unknown place ("sent inspectors to the Esfahan
     * plant in Iran") does not hide the slot after it.
     */
    List<List<Integer>> targetTiers(ParseView view, PatternMatch m) {
        List<Integer> places = places(view, m.trigger(), m.matched());
        List<List<Integer>> tiers = new ArrayList<>();
        for (String slot : m.pattern().targetSlots()) {
            List<Integer> out = filling(view, places, slot);
            if (!out.isEmpty()) tiers.add(out);
        }
        return tiers;
    }

    /**
     * Where a target may hang: the trigger, the words its requirements matched, and the participles
     * and relative clauses that describe those that are nouns ("lifted the sanctions imposed on Havana").
     */
    List<Integer> places(ParseView view, int trigger, List<Integer> matched) {
        List<Integer> places = new ArrayList<>();
        places.add(trigger);
        places.addAll(matched);
        for (int p : matched) if (view.token(p).isNoun()) places.addAll(describing(view, p));
        return places;
    }

    /** The verbs of participles and relative clauses on a noun: "the troops deployed last year", "sanctions that it imposed". */
    static List<Integer> describing(ParseView view, int noun) {
        List<Integer> out = new ArrayList<>();
        for (int c : view.children(noun)) if (view.baseRelation(c).equals("acl") && view.token(c).isVerb()) out.add(c);
        return out;
    }

    /** The dependents of the places through one slot, each once, in the places' order. */
    List<Integer> filling(ParseView view, List<Integer> places, String slot) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int place : places) out.addAll(PatternMatcher.dependents(view, place, slot));
        return new ArrayList<>(out);
    }
}
