package org.tessera.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.AnnotatedSentence;
import org.tessera.coding.ParseView;

/**
 * Codes a parsed sentence the PETRARCH way. Actor and agent phrases are found as token runs;
 * noun phrases come from the dependency parse (a head with its compound, adjectival and
 * possessive modifiers; "soldiers from Gondor" takes the actor of its prepositional modifier), and
 * their codes combine as PETRARCH's do ({@code ARN} + {@code ~GOV} → {@code ARNGOV}, {@code NGO~}
 * in front, three-letter parts never repeated). At each verb of the verb dictionary the pattern
 * matching most words around the verb (in order, {@code _} meaning adjacent) gives the code, else the
 * verb's own. The source is the verb's subject (inherited through xcomp/conj), the target the first
 * actor phrase after the verb inside its subtree; a code {@code A:B} also gives B from target to
 * source, and a compound subject with no target codes its members with each other.
 * Immutable after construction and thread-safe.
 */
public final class PetrarchMatcher {
    private static final Set<String> NP_RELATIONS = Set.of("compound", "amod", "flat", "det", "nmod:poss", "nummod", "flat:name", "compound:prt");

    /** One coded event: PETRARCH codes as strings, the verb's token index and what produced it. */
    public record Coding(String source, String target, String code, int verb, String evidence) {
    }

    private record Name<T>(List<String> words, T value) {
    }

    private final Map<String, List<Name<PetrarchActor>>> actors = new HashMap<>();
    private final Map<String, List<Name<PetrarchAgent>>> agents = new HashMap<>();
    private final Map<String, List<VerbDictionary.Entry>> verbs;
    private final Map<String, List<List<String>>> synsets;
    private final List<PetrarchDiscard> discards;

    public PetrarchMatcher(PetrarchDictionaries d) {
        for (PetrarchActor a : d.actors())
            for (List<String> n : a.names()) actors.computeIfAbsent(n.get(0), k -> new ArrayList<>()).add(new Name<>(n, a));
        for (PetrarchAgent a : d.agents()) agents.computeIfAbsent(a.words().get(0), k -> new ArrayList<>()).add(new Name<>(a.words(), a));
        this.verbs = d.verbs().index();
        this.synsets = d.verbs().synsets();
        this.discards = d.discards();
    }

    /** The discard phrase the sentence holds, if any. */
    public Optional<PetrarchDiscard> discard(AnnotatedSentence s) {
        String[] w = words(s, false);
        String[] l = words(s, true);
        for (PetrarchDiscard d : discards)
            for (int i = 0; i + d.words().size() <= w.length; i++) if (matchesAt(w, l, i, d.words())) return Optional.of(d);
        return Optional.empty();
    }

    /** Whether a sentence could hold a PETRARCH actor (used to decide what to parse). */
    public boolean mayHoldActor(List<org.tessera.model.Token> tokens) {
        for (org.tessera.model.Token t : tokens)
            if (actors.containsKey(t.word().toUpperCase(Locale.ROOT)) || agents.containsKey(t.lemma().toUpperCase(Locale.ROOT))) return true;
        return false;
    }

    public List<Coding> code(AnnotatedSentence s, LocalDate date) {
        if (!s.parsed() || s.size() == 0 || discard(s).isPresent()) return List.of();
        return new SentenceWork(s, date).code();
    }

    private static String[] words(AnnotatedSentence s, boolean lemma) {
        String[] out = new String[s.size()];
        for (int i = 0; i < out.length; i++) out[i] = (lemma ? s.token(i).lemma() : s.token(i).word()).toUpperCase(Locale.ROOT);
        return out;
    }

    private static boolean matchesAt(String[] w, String[] l, int at, List<String> phrase) {
        if (at < 0 || at + phrase.size() > w.length) return false;
        for (int k = 0; k < phrase.size(); k++) if (!phrase.get(k).equals(w[at + k]) && !phrase.get(k).equals(l[at + k])) return false;
        return true;
    }

    /** The state of coding one sentence. */
    private final class SentenceWork {
        final AnnotatedSentence s;
        final LocalDate date;
        final String[] w;
        final String[] l;
        final int n;
        final ParseView view;
        final String[] actorCode;
        final int[] actorSpan;
        final PetrarchAgent[] agentAt;
        final int[] agentSpan;

        SentenceWork(AnnotatedSentence s, LocalDate date) {
            this.s = s;
            this.date = date;
            this.w = words(s, false);
            this.l = words(s, true);
            this.n = s.size();
            view = new ParseView(s);
            actorCode = new String[n];
            actorSpan = new int[n];
            agentAt = new PetrarchAgent[n];
            agentSpan = new int[n];
            java.util.Arrays.fill(actorSpan, -1);
            java.util.Arrays.fill(agentSpan, -1);
            for (int i = 0; i < n; ) {
                Name<PetrarchActor> best = longest(actors, i, false);
                if (best == null) {
                    i++;
                    continue;
                }
                String code = best.value().codeOn(date).orElse(null);
                for (int k = i; k < i + best.words().size(); k++) {
                    actorCode[k] = code;
                    actorSpan[k] = i;
                }
                i += best.words().size();
            }
            for (int i = 0; i < n; ) {
                Name<PetrarchAgent> best = actorSpan[i] >= 0 ? null : longest(agents, i, true);
                if (best == null) {
                    i++;
                    continue;
                }
                for (int k = i; k < i + best.words().size(); k++) {
                    agentAt[k] = best.value();
                    agentSpan[k] = i;
                }
                i += best.words().size();
            }
        }

        <T> Name<T> longest(Map<String, List<Name<T>>> index, int i, boolean lemmas) {
            List<Name<T>> cands = new ArrayList<>(index.getOrDefault(w[i], List.of()));
            if (lemmas && !l[i].equals(w[i])) cands.addAll(index.getOrDefault(l[i], List.of()));
            Name<T> best = null;
            for (Name<T> c : cands) {
                if (!(lemmas ? matchesAt(w, l, i, c.words()) : matchesAt(w, w, i, c.words()))) continue;
                if (best == null || c.words().size() > best.words().size()) best = c;
            }
            return best;
        }

        List<Coding> code() {
            Set<Coding> out = new LinkedHashSet<>();
            boolean[] used = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (used[i] || !s.token(i).isVerb()) continue;
                VerbDictionary.Entry entry = verbAt(i);
                if (entry == null) continue;
                int vStart = i - entry.verb().verbIndex();
                int vEnd = vStart + entry.verb().words().size();
                VerbDictionary.Pattern bestPattern = null;
                Match bestMatch = null;
                for (VerbDictionary.Pattern p : entry.block().patterns()) {
                    Match m = match(p, vStart, vEnd);
                    if (m != null && (bestMatch == null || m.words() > bestMatch.words())) {
                        bestPattern = p;
                        bestMatch = m;
                    }
                }
                String code = bestPattern != null ? bestPattern.code() : entry.code();
                if (bestMatch != null) for (int t : bestMatch.tokens()) used[t] = true;
                for (int k = vStart; k < vEnd; k++) used[k] = true;
                String[] parts = code.split(":", -1);
                String forward = parts[0].strip();
                String backward = parts.length > 1 ? parts[1].strip() : "";
                if (isNull(forward) && isNull(backward)) continue;
                String why = "petrarch verb=" + entry.block().name() + " " + (bestPattern == null ? entry.verb().origin() : bestPattern.origin());
                List<String> sources = new ArrayList<>();
                List<String> targets = new ArrayList<>();
                arguments(i, sources, targets);
                targets.removeIf(sources::contains);
                if (targets.isEmpty() && sources.size() > 1) {
                    for (String a : sources)
                        for (String b : sources) if (!a.equals(b)) add(out, a, b, forward, i, why);
                    continue;
                }
                for (String a : sources)
                    for (String b : targets) {
                        add(out, a, b, forward, i, why);
                        add(out, b, a, backward, i, why);
                    }
            }
            return new ArrayList<>(out);
        }

        private void add(Set<Coding> out, String src, String tgt, String code, int verb, String why) {
            if (isNull(code) || src.equals(tgt)) return;
            out.add(new Coding(src, tgt, code, verb, why));
        }

        private boolean isNull(String code) {
            return code.isEmpty() || code.equals("---");
        }

        VerbDictionary.Entry verbAt(int i) {
            List<VerbDictionary.Entry> cands = new ArrayList<>(verbs.getOrDefault(w[i], List.of()));
            if (!l[i].equals(w[i])) cands.addAll(verbs.getOrDefault(l[i], List.of()));
            VerbDictionary.Entry best = null;
            for (VerbDictionary.Entry e : cands) {
                VerbDictionary.Verb v = e.verb();
                int start = i - v.verbIndex();
                boolean ok = true;
                for (int k = 0; k < v.words().size() && ok; k++) {
                    if (k == v.verbIndex()) continue;
                    int t = start + k;
                    ok = t >= 0 && t < n && (v.words().get(k).equals(w[t]) || v.words().get(k).equals(l[t]));
                }
                if (ok && (best == null || v.words().size() > best.verb().words().size())) best = e;
            }
            return best;
        }

        /** Pattern match around the verb tokens [vStart, vEnd): tokens used and words matched, or null. */
        record Match(List<Integer> tokens, int words) {
        }

        Match match(VerbDictionary.Pattern p, int vStart, int vEnd) {
            int v = p.verbAt();
            List<VerbDictionary.Element> els = p.elements();
            List<Integer> tokens = new ArrayList<>();
            int[] count = {0};
            // After the verb: left to right.
            if (!forward(els, v + 1, vEnd, els.size() > v + 1 && els.get(v + 1).joined(), tokens, count)) return null;
            // Before the verb: right to left; an element is bound to the one on its right when that one is joined.
            if (!backward(els, v - 1, vStart - 1, els.get(v).joined(), tokens, count)) return null;
            return new Match(tokens, count[0]);
        }

        private boolean forward(List<VerbDictionary.Element> els, int e, int pos, boolean bound, List<Integer> tokens, int[] count) {
            while (e < els.size() && isMarker(els.get(e))) e++;
            if (e >= els.size()) return true;
            VerbDictionary.Element el = els.get(e);
            boolean mustHere = bound || el.joined();
            for (int q = pos; q < n; q++) {
                for (List<String> phrase : alternatives(el)) {
                    if (!matchesAt(w, l, q, phrase)) continue;
                    int size = tokens.size();
                    int c = count[0];
                    for (int k = 0; k < phrase.size(); k++) tokens.add(q + k);
                    count[0] += phrase.size();
                    boolean nextBound = e + 1 < els.size() && els.get(e + 1).joined();
                    if (forward(els, e + 1, q + phrase.size(), nextBound, tokens, count)) return true;
                    while (tokens.size() > size) tokens.remove(tokens.size() - 1);
                    count[0] = c;
                }
                if (mustHere) return false;
            }
            return false;
        }

        private boolean backward(List<VerbDictionary.Element> els, int e, int pos, boolean bound, List<Integer> tokens, int[] count) {
            while (e >= 0 && isMarker(els.get(e))) {
                bound = bound && els.get(e).joined();
                e--;
            }
            if (e < 0) return true;
            VerbDictionary.Element el = els.get(e);
            for (int q = pos; q >= 0; q--) {
                for (List<String> phrase : alternatives(el)) {
                    int start = q - phrase.size() + 1;
                    if (!matchesAt(w, l, start, phrase)) continue;
                    int size = tokens.size();
                    int c = count[0];
                    for (int k = 0; k < phrase.size(); k++) tokens.add(start + k);
                    count[0] += phrase.size();
                    if (backward(els, e - 1, start - 1, el.joined(), tokens, count)) return true;
                    while (tokens.size() > size) tokens.remove(tokens.size() - 1);
                    count[0] = c;
                }
                if (bound) return false;
            }
            return false;
        }

        private boolean isMarker(VerbDictionary.Element e) {
            return e.kind() != VerbDictionary.Kind.WORD && e.kind() != VerbDictionary.Kind.SYNSET;
        }

        private List<List<String>> alternatives(VerbDictionary.Element e) {
            if (e.kind() == VerbDictionary.Kind.SYNSET) return synsets.getOrDefault(e.text(), List.of());
            return List.of(List.of(e.text()));
        }

        /** Sources and targets of the verb at i, as PETRARCH codes. */
        void arguments(int i, List<String> sources, List<String> targets) {
            boolean passive = false;
            for (int c : view.children(i)) if (view.relation(c).equals("nsubj:pass") || view.relation(c).equals("aux:pass")) passive = true;
            List<Integer> subj = subjects(i, 0);
            Set<Integer> exclude = new java.util.HashSet<>();
            if (passive) {
                for (int c : view.children(i)) {
                    if (view.relation(c).equals("nsubj:pass")) {
                        targets.addAll(codesWithConjuncts(c));
                        exclude.addAll(subtree(c));
                    }
                    if (view.relation(c).equals("obl:agent") || (view.relation(c).startsWith("obl") && hasCase(c, "by"))) sources.addAll(codesWithConjuncts(c));
                }
                if (sources.isEmpty()) return;
            } else {
                for (int sj : subj) {
                    sources.addAll(codesWithConjuncts(sj));
                    exclude.addAll(subtree(sj));
                }
                if (sources.isEmpty()) {
                    // PETRARCH reads the nearest actor before the verb when the parse gives no subject.
                    for (int j = i - 1; j >= 0 && sources.isEmpty(); j--) {
                        int h = npHead(j);
                        if (h < i) sources.addAll(codesWithConjuncts(h));
                    }
                }
                if (sources.isEmpty()) return;
            }
            if (!targets.isEmpty()) return;
            Set<Integer> scope = subtree(i);
            for (int j = i + 1; j < n && targets.isEmpty(); j++) {
                if (!scope.contains(j) || exclude.contains(j)) continue;
                int h = npHead(j);
                List<String> c = codesWithConjuncts(h);
                if (!c.isEmpty()) targets.addAll(c);
            }
        }

        private boolean hasCase(int c, String word) {
            for (int k : view.children(c)) if (view.relation(k).equals("case") && w[k].equalsIgnoreCase(word)) return true;
            return false;
        }

        List<Integer> subjects(int t, int depth) {
            if (t < 0 || depth > 5) return List.of();
            List<Integer> out = new ArrayList<>();
            for (int c : view.children(t)) if (view.relation(c).equals("nsubj")) out.add(c);
            if (!out.isEmpty()) return out;
            String r = view.baseRelation(t);
            if (Set.of("xcomp", "conj", "advcl", "ccomp", "dep").contains(r) && view.head(t) >= 0) return subjects(view.head(t), depth + 1);
            return out;
        }

        /** The head of the smallest noun phrase holding token j. */
        int npHead(int j) {
            int x = j;
            for (int k = 0; k < 10 && view.head(x) >= 0 && NP_RELATIONS.contains(view.relation(x)); k++) x = view.head(x);
            return x;
        }

        Set<Integer> phrase(int h) {
            Set<Integer> out = new java.util.TreeSet<>();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
            todo.add(h);
            while (!todo.isEmpty() && out.size() < 30) {
                int x = todo.poll();
                if (!out.add(x)) continue;
                for (int c : view.children(x)) if (NP_RELATIONS.contains(view.relation(c))) todo.add(c);
            }
            return out;
        }

        Set<Integer> subtree(int h) {
            Set<Integer> out = new java.util.HashSet<>();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
            todo.add(h);
            while (!todo.isEmpty() && out.size() < 200) {
                int x = todo.poll();
                if (out.add(x)) todo.addAll(view.children(x));
            }
            return out;
        }

        /** The codes of the phrase headed by h and of its conjuncts. */
        List<String> codesWithConjuncts(int h) {
            List<String> out = new ArrayList<>();
            List<Integer> heads = new ArrayList<>();
            heads.add(h);
            for (int k = 0; k < heads.size() && k < 10; k++)
                for (int c : view.children(heads.get(k))) if (view.relation(c).equals("conj") && !heads.contains(c)) heads.add(c);
            for (int x : heads) npCode(x, List.of()).ifPresent(c -> {
                if (!out.contains(c)) out.add(c);
            });
            // "the ambassadors of Arnor, Osgiliath and Gondor": the agents spread over the actor's conjuncts.
            if (out.size() == 1 && heads.size() == 1) {
                List<PetrarchAgent> ag = agentsIn(phrase(h));
                Integer inner = actorIn(phrase(h), h);
                if (inner == null && !ag.isEmpty()) {
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

        List<Integer> withConjuncts(int h) {
            List<Integer> heads = new ArrayList<>();
            heads.add(h);
            for (int k = 0; k < heads.size() && k < 10; k++)
                for (int c : view.children(heads.get(k))) if (view.relation(c).equals("conj") && !heads.contains(c)) heads.add(c);
            return heads;
        }

        Integer actorIn(Set<Integer> ph, int h) {
            Integer best = null;
            for (int t : ph) if (actorSpan[t] >= 0 && actorCode[t] != null && (best == null || Math.abs(t - h) < Math.abs(best - h))) best = t;
            return best;
        }

        List<PetrarchAgent> agentsIn(Set<Integer> ph) {
            List<PetrarchAgent> out = new ArrayList<>();
            for (int t : ph) if (agentAt[t] != null && !out.contains(agentAt[t])) out.add(agentAt[t]);
            return out;
        }

        /** The PETRARCH code of the phrase headed by h, with extra agents from an enclosing phrase. */
        Optional<String> npCode(int h, List<PetrarchAgent> extra) {
            Set<Integer> ph = phrase(h);
            Integer actor = actorIn(ph, h);
            List<PetrarchAgent> ag = new ArrayList<>(agentsIn(ph));
            for (PetrarchAgent a : extra) if (!ag.contains(a)) ag.add(a);
            String base = actor == null ? null : actorCode[actor];
            if (base == null && !ag.isEmpty()) {
                // "soldiers from Gondor", "activists in Arnor": the actor of a prepositional modifier.
                for (int c : view.children(h)) {
                    if (!view.relation(c).startsWith("nmod") && !view.relation(c).startsWith("obl")) continue;
                    Integer inner = actorIn(phrase(c), c);
                    if (inner != null) {
                        base = actorCode[inner];
                        ag.addAll(agentsIn(phrase(c)));
                        break;
                    }
                }
            }
            if (base == null && ag.isEmpty()) return Optional.empty();
            String code = base == null ? "---" : base;
            for (PetrarchAgent a : ag) code = combine(code, a);
            return Optional.of(code);
        }
    }

    /** PETRARCH's code arithmetic: an agent's three-letter parts join the actor's unless already there. */
    static String combine(String actor, PetrarchAgent agent) {
        StringBuilder add = new StringBuilder();
        for (int i = 0; i + 3 <= agent.code().length(); i += 3) {
            String part = agent.code().substring(i, i + 3);
            boolean present = false;
            for (int k = 0; k + 3 <= actor.length(); k += 3) if (actor.substring(k, k + 3).equals(part)) present = true;
            if (!present) add.append(part);
        }
        return agent.suffix() ? actor + add : add + actor;
    }
}
