package org.tessera.petrarch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.coding.ParseView;

/**
 * The source and target actors of a verb, read from one sentence's parse through {@link ParseView}
 * and coded from the sentence's {@link PhraseMarks}. A noun phrase is a head with its compound,
 * adjectival, determiner, numeral and possessive modifiers; its code is its actor's (the one
 * nearest the head) with its agents combined in, and a phrase of agents alone ("soldiers from
 * Gondor") takes the actor of its prepositional modifier. The source is the verb's subject
 * (inherited through xcomp/conj/advcl/ccomp/dep, or the nearest actor before the verb when the
 * parse gives none; a passive verb's {@code by} phrase), the target the first coded phrase after
 * the verb inside its subtree (a passive verb's subject). Conjuncts count as one argument each.
 * One instance per sentence.
 */
final class ArgumentFinder {
    private static final Set<String> NP_RELATIONS = Set.of("compound", "amod", "flat", "det", "nmod:poss", "nummod", "flat:name", "compound:prt");
    private static final Set<String> PASSES_SUBJECT = Set.of("xcomp", "conj", "advcl", "ccomp", "dep");

    /** A verb's sources and targets as PETRARCH codes; no code is both. */
    record Arguments(List<String> sources, List<String> targets) {
        Arguments {
            List<String> src = List.copyOf(sources);
            targets = targets.stream().filter(t -> !src.contains(t)).toList();
            sources = src;
        }
    }

    private final ParseView view;
    private final TokenWords words;
    private final PhraseMarks marks;

    ArgumentFinder(ParseView view, TokenWords words, PhraseMarks marks) {
        this.view = view;
        this.words = words;
        this.marks = marks;
    }

    /** The sources and targets of the verb at token i. */
    Arguments of(int i) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        find(i, sources, targets);
        return new Arguments(sources, targets);
    }

    private void find(int i, List<String> sources, List<String> targets) {
        boolean passive = false;
        for (int c : view.children(i)) if (view.relation(c).equals("nsubj:pass") || view.relation(c).equals("aux:pass")) passive = true;
        Set<Integer> exclude = new HashSet<>();
        if (passive) {
            for (int c : view.children(i)) {
                if (view.relation(c).equals("nsubj:pass")) {
                    targets.addAll(codesWithConjuncts(c));
                    exclude.addAll(subtree(c));
                }
                if (view.relation(c).equals("obl:agent") || (view.relation(c).startsWith("obl") && hasCase(c, "by"))) sources.addAll(codesWithConjuncts(c));
            }
        } else {
            for (int sj : subjects(i, 0)) {
                sources.addAll(codesWithConjuncts(sj));
                exclude.addAll(subtree(sj));
            }
            // PETRARCH reads the nearest actor before the verb when the parse gives no subject.
            for (int j = i - 1; j >= 0 && sources.isEmpty(); j--) {
                int h = npHead(j);
                if (h < i) sources.addAll(codesWithConjuncts(h));
            }
        }
        if (sources.isEmpty() || !targets.isEmpty()) return;
        Set<Integer> scope = subtree(i);
        for (int j = i + 1; j < words.size() && targets.isEmpty(); j++) {
            if (!scope.contains(j) || exclude.contains(j)) continue;
            targets.addAll(codesWithConjuncts(npHead(j)));
        }
    }

    private boolean hasCase(int c, String word) {
        for (int k : view.children(c)) if (view.relation(k).equals("case") && words.word(k).equalsIgnoreCase(word)) return true;
        return false;
    }

    private List<Integer> subjects(int t, int depth) {
        if (t < 0 || depth > 5) return List.of();
        List<Integer> out = new ArrayList<>();
        for (int c : view.children(t)) if (view.relation(c).equals("nsubj")) out.add(c);
        if (!out.isEmpty()) return out;
        if (PASSES_SUBJECT.contains(view.baseRelation(t)) && view.head(t) >= 0) return subjects(view.head(t), depth + 1);
        return out;
    }

    /** The head of the smallest noun phrase holding token j. */
    private int npHead(int j) {
        int x = j;
        for (int k = 0; k < 10 && view.head(x) >= 0 && NP_RELATIONS.contains(view.relation(x)); k++) x = view.head(x);
        return x;
    }

    /** The noun phrase headed by h, in token order. */
    private Set<Integer> phrase(int h) {
        return reach(h, true, 30);
    }

    private Set<Integer> subtree(int h) {
        return reach(h, false, 200);
    }

    /** Tokens reached down from h, breadth first, through noun-phrase relations only or all; at most about {@code most}. */
    private Set<Integer> reach(int h, boolean npOnly, int most) {
        Set<Integer> out = new TreeSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(h);
        while (!todo.isEmpty() && out.size() < most) {
            int x = todo.poll();
            if (!out.add(x)) continue;
            for (int c : view.children(x)) if (!npOnly || NP_RELATIONS.contains(view.relation(c))) todo.add(c);
        }
        return out;
    }

    /** The codes of the phrase headed by h and of its conjuncts. */
    private List<String> codesWithConjuncts(int h) {
        List<String> out = new ArrayList<>();
        List<Integer> heads = withConjuncts(h);
        for (int x : heads) npCode(x, List.of()).ifPresent(c -> {
            if (!out.contains(c)) out.add(c);
        });
        // "the ambassadors of Arnor, Osgiliath and Gondor": the agents spread over the actor's conjuncts.
        if (out.size() == 1 && heads.size() == 1) {
            List<PetrarchAgent> ag = agentsIn(phrase(h));
            if (actorIn(phrase(h), h) == null && !ag.isEmpty()) {
                for (int c : view.children(h)) {
                    if (!view.relation(c).startsWith("nmod") || view.relation(c).equals("nmod:poss")) continue;
                    List<String> more = new ArrayList<>();
                    for (int x : withConjuncts(c)) npCode(x, ag).ifPresent(more::add);
                    if (more.size() > 1) return more;
                }
            }
        }
        return out;
    }

    private List<Integer> withConjuncts(int h) {
        List<Integer> heads = new ArrayList<>();
        heads.add(h);
        for (int k = 0; k < heads.size() && k < 10; k++)
            for (int c : view.children(heads.get(k))) if (view.relation(c).equals("conj") && !heads.contains(c)) heads.add(c);
        return heads;
    }

    /** The coded actor token of the phrase nearest its head h, or null. */
    private Integer actorIn(Set<Integer> ph, int h) {
        Integer best = null;
        for (int t : ph) if (marks.actorCode(t) != null && (best == null || Math.abs(t - h) < Math.abs(best - h))) best = t;
        return best;
    }

    private List<PetrarchAgent> agentsIn(Set<Integer> ph) {
        List<PetrarchAgent> out = new ArrayList<>();
        for (int t : ph) if (marks.agent(t) != null && !out.contains(marks.agent(t))) out.add(marks.agent(t));
        return out;
    }

    /** The PETRARCH code of the phrase headed by h, with extra agents from an enclosing phrase. */
    private Optional<String> npCode(int h, List<PetrarchAgent> extra) {
        Set<Integer> ph = phrase(h);
        Integer actor = actorIn(ph, h);
        List<PetrarchAgent> ag = new ArrayList<>(agentsIn(ph));
        for (PetrarchAgent a : extra) if (!ag.contains(a)) ag.add(a);
        String base = actor == null ? null : marks.actorCode(actor);
        if (base == null && !ag.isEmpty()) {
            // "soldiers from Gondor", "activists in Arnor": the actor of a prepositional modifier.
            for (int c : view.children(h)) {
                if (!view.relation(c).startsWith("nmod") && !view.relation(c).startsWith("obl")) continue;
                Integer inner = actorIn(phrase(c), c);
                if (inner != null) {
                    base = marks.actorCode(inner);
                    ag.addAll(agentsIn(phrase(c)));
                    break;
                }
            }
        }
        if (base == null && ag.isEmpty()) return Optional.empty();
        String code = base == null ? "---" : base;
        for (PetrarchAgent a : ag) code = a.addTo(code);
        return Optional.of(code);
    }
}
