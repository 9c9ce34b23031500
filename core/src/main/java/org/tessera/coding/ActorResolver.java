package org.tessera.coding;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.Token;

/**
 * Finds the actors of a sentence. Each noun phrase (a head and its compound, adjectival,
 * possessive, appositive and "of" modifiers) is resolved in this order: a person from the people
 * dictionary (in office on the article date); an unknown person named with a title and a country
 * ("Foreign Ministry spokeswoman Maria Zakharova"), remembered for the rest of the article; a
 * remembered name; a pronoun through the article's memory; otherwise a country, capital or
 * organisation name, with the role its title words give ("Russian authorities" → RUSGOV). A
 * nationality adjective without a role word is not an actor ("Russian market").
 */
public final class ActorResolver {
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "flat", "nmod:poss", "det", "nummod", "appos");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its");
    private static final Set<String> CLAUSE_LINKS = Set.of("ccomp", "xcomp", "advcl", "conj", "parataxis");

    private final ActorDictionary dictionary;
    private final RoleLexicon roles;

    public ActorResolver(ActorDictionary dictionary, RoleLexicon roles) {
        this.dictionary = dictionary;
        this.roles = roles;
    }

    /** Cheap test on an unparsed sentence: could it name an actor at all? Used to skip parsing. */
    public boolean mayHoldActor(List<Token> tokens) {
        if (!dictionary.find(tokens).isEmpty()) return true;
        for (Token t : tokens) {
            String ner = t.ner();
            if (ner.equals("PERSON") || ner.equals("COUNTRY") || ner.equals("NATIONALITY") || ner.equals("ORGANIZATION")
                    || ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE")) return true;
        }
        return false;
    }

    SentenceActors resolve(ParseView view, MutableArticleMemory memory, LocalDate on) {
        List<ActorDictionary.Match> matches = dictionary.find(view.sentence().tokens());
        ActorDictionary.Match[] covering = new ActorDictionary.Match[view.size()];
        for (ActorDictionary.Match m : matches) for (int i = m.start(); i < m.end(); i++) covering[i] = m;
        Map<Integer, ActorMention> found = new HashMap<>();
        for (int h = 0; h < view.size(); h++) {
            Token t = view.token(h);
            if (view.head(h) == -2 || t.isPronoun()) continue;
            boolean nominal = t.isNoun() || covering[h] != null;
            if (!nominal) continue;
            if (covering[h] != null && covering[h].end() - 1 != h && isInsideName(view, h, covering[h])) continue;
            int head = h;
            resolvePhrase(view, h, covering, memory, on).ifPresent(a -> found.put(head, a));
        }
        // Pronouns last, so a same-sentence antecedent is already resolved.
        for (int h = 0; h < view.size(); h++) {
            if (view.head(h) == -2 || !view.token(h).isPronoun()) continue;
            int head = h;
            pronoun(view, h, memory, found).ifPresent(a -> found.put(head, a));
        }
        return new SentenceActors(found);
    }

    /** A non-final token of a multiword name is not a phrase head of its own ("Sergei" in "Sergei Lavrov"). */
    private static boolean isInsideName(ParseView view, int h, ActorDictionary.Match m) {
        int head = view.head(h);
        return head >= m.start() && head < m.end();
    }

    private Optional<ActorMention> resolvePhrase(ParseView view, int h, ActorDictionary.Match[] covering,
                                                 MutableArticleMemory memory, LocalDate on) {
        Token t = view.token(h);
        Set<Integer> phrase = phrase(view, h);
        int start = phrase.stream().min(Integer::compare).orElse(h);
        int end = phrase.stream().max(Integer::compare).orElse(h) + 1;
        while (start < h && isEdgeFiller(view.token(start))) start++;
        String text = view.sentence().span(start, end);

        ActorDictionary.Match headMatch = covering[h];
        if (headMatch != null) {
            Optional<DictionaryEntry> person = personEntry(headMatch, on, t.ner().equals("PERSON"));
            if (person.isPresent()) {
                DictionaryEntry e = person.get();
                Actor a = new Actor(text, e.name(), e.country(), e.role(), ActorRule.PERSON_DICTIONARY, e.name());
                memory.rememberName(e.name(), a);
                return Optional.of(new ActorMention(h, start, end, a));
            }
        }
        if (t.ner().equals("PERSON") && (headMatch == null || headMatch.entries().stream().allMatch(x -> x.kind() == ActorKind.PERSON))) {
            int[] name = nerSpan(view, h, "PERSON");
            String personName = view.sentence().span(name[0], name[1]);
            phrase.addAll(precedingTitle(view, name[0]));
            Optional<Marker> marker = marker(view, h, phrase, Set.of(), covering, name[0], name[1], on);
            Optional<RoleLexicon.Hit> role = roles.strongest(view.sentence().tokens(), outsideNames(phrase, covering, name[0], name[1]));
            if (marker.isPresent() && (role.isPresent() || marker.get().entry().kind() == ActorKind.ORGANISATION)) {
                Marker m = marker.get();
                String r = role.map(RoleLexicon.Hit::role).orElse(m.entry().role());
                Actor a = new Actor(text, personName, m.entry().country(), r, ActorRule.TITLED_PERSON, role.map(RoleLexicon.Hit::phrase).orElse(m.entry().name()));
                memory.rememberName(personName, a);
                return Optional.of(new ActorMention(h, start, end, a));
            }
            Optional<Actor> known = memory.name(personName);
            if (known.isPresent()) {
                Actor k = known.get();
                return Optional.of(new ActorMention(h, start, end,
                        new Actor(text, k.name(), k.country(), k.role(), ActorRule.REMEMBERED, k.name())));
            }
            return Optional.empty();
        }
        if (headMatch == null && t.isProperNoun()) {
            Optional<Actor> known = memory.name(t.word());
            if (known.isPresent()) {
                Actor k = known.get();
                return Optional.of(new ActorMention(h, start, end, new Actor(text, k.name(), k.country(), k.role(), ActorRule.REMEMBERED, k.name())));
            }
        }
        Set<Integer> located = locatedIn(view, h);
        Set<Integer> withPlace = new TreeSet<>(phrase);
        withPlace.addAll(located);
        Optional<Marker> marker = marker(view, h, withPlace, located, covering, -1, -1, on);
        if (marker.isEmpty()) return Optional.empty();
        boolean placeOnly = located.contains(marker.get().match().end() - 1) || located.contains(marker.get().match().start());
        Marker m = marker.get();
        DictionaryEntry e = m.entry();
        Optional<RoleLexicon.Hit> role = roles.strongest(view.sentence().tokens(), outsideNames(phrase, covering, -1, -1));
        boolean markerIsHead = m.match().start() <= h && h < m.match().end();
        String r;
        ActorRule rule;
        String detail = e.name();
        if (markerIsHead) {
            switch (e.kind()) {
                case CAPITAL -> { r = "GOV"; rule = ActorRule.CAPITAL; }
                case ORGANISATION -> { r = role.map(RoleLexicon.Hit::role).orElse(e.role()); rule = ActorRule.ORGANISATION; }
                case ADJECTIVE -> { r = role.map(RoleLexicon.Hit::role).orElse(""); rule = ActorRule.PEOPLE; }
                default -> { r = role.map(RoleLexicon.Hit::role).orElse(e.role()); rule = ActorRule.COUNTRY; }
            }
        } else {
            if (role.isEmpty()) return Optional.empty();
            if (placeOnly && marker.get().entry().kind() == ActorKind.ORGANISATION) return Optional.empty();
            r = role.get().role();
            rule = ActorRule.TITLE;
            detail = role.get().phrase() + "+" + e.kind().name().toLowerCase(Locale.ROOT) + ":" + e.name();
        }
        if (r.equals("-")) r = "";
        return Optional.of(new ActorMention(h, start, end, new Actor(text, e.name(), e.country(), r, rule, detail)));
    }

    /** Role words inside a name do not count: "Union" in "European Union", "Minister" in a dictionary title. */
    private static Set<Integer> outsideNames(Set<Integer> phrase, ActorDictionary.Match[] covering, int skipFrom, int skipTo) {
        Set<Integer> out = new TreeSet<>();
        for (int i : phrase) {
            if (i >= skipFrom && i < skipTo) continue;
            ActorDictionary.Match m = covering[i];
            if (m != null && m.length() > 1 && m.entries().stream().anyMatch(x -> x.kind() == ActorKind.ORGANISATION || x.kind() == ActorKind.COUNTRY)) continue;
            out.add(i);
        }
        return out;
    }

    private static boolean isEdgeFiller(Token t) {
        return t.pos().equals("DT") || t.pos().equals("IN") || t.pos().equals(",") || t.pos().equals("POS");
    }

    private static Optional<DictionaryEntry> personEntry(ActorDictionary.Match m, LocalDate on, boolean taggedPerson) {
        List<DictionaryEntry> persons = m.entries().stream().filter(e -> e.kind() == ActorKind.PERSON)
                .filter(e -> taggedPerson || !e.source().endsWith(ActorDictionary.INFERRED)).toList();
        return ActorDictionary.best(persons, on);
    }

    /** A country or organisation name inside a phrase, with the match it came from. */
    private record Marker(ActorDictionary.Match match, DictionaryEntry entry) {
    }

    /** The phrase's country or organisation marker nearest its head; tokens [skipFrom, skipTo) are the person's own name. */
    private static Optional<Marker> marker(ParseView view, int head, Set<Integer> phrase, Set<Integer> weak,
                                           ActorDictionary.Match[] covering, int skipFrom, int skipTo, LocalDate on) {
        Marker best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i : phrase) {
            ActorDictionary.Match m = covering[i];
            if (m == null || (i >= skipFrom && i < skipTo)) continue;
            Optional<DictionaryEntry> e = ActorDictionary.best(
                    m.entries().stream().filter(x -> x.kind() != ActorKind.PERSON).toList(), on);
            if (e.isEmpty()) continue;
            int rank = 2 * Math.abs(head - i) + (e.get().kind() == ActorKind.ORGANISATION ? 0 : 1) + (weak.contains(i) ? 20 : 0);
            if (best == null || rank < bestRank || (rank == bestRank && m.length() > best.match().length())) {
                best = new Marker(m, e.get());
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "protesters in Minsk", "officials from Moscow": a place after the head gives a group its country, weakly. */
    private static Set<Integer> locatedIn(ParseView view, int h) {
        Set<Integer> out = new TreeSet<>();
        if (!view.token(h).isNoun() || view.token(h).isProperNoun()) return out;
        for (String p : List.of("in", "from")) out.addAll(view.prepositional(h, p));
        return out;
    }

    /**
     * The title words written right before a name ("then Japanese minister of foreign affairs Koji
     * Kakizawa"), read linearly because parsers often attach long titles wrongly.
     */
    private static Set<Integer> precedingTitle(ParseView view, int nameStart) {
        Set<Integer> out = new TreeSet<>();
        for (int i = nameStart - 1; i >= 0 && nameStart - i <= 8; i--) {
            Token t = view.token(i);
            String pos = t.pos();
            boolean titleWord = pos.startsWith("NN") || pos.equals("JJ") || pos.equals("IN") && t.word().equalsIgnoreCase("of")
                    || pos.equals("POS") || pos.equals("HYPH");
            if (!titleWord || t.ner().equals("PERSON")) break;
            out.add(i);
        }
        return out;
    }

    /** The head and its nominal modifiers, without crossing into clauses or conjuncts. */
    static Set<Integer> phrase(ParseView view, int h) {
        Set<Integer> out = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(h);
        while (!todo.isEmpty() && out.size() < 40) {
            int x = todo.poll();
            if (!out.add(x)) continue;
            for (int c : view.children(x)) {
                String rel = view.relation(c);
                String base = view.baseRelation(c);
                boolean take = PHRASE_RELATIONS.contains(rel) || base.equals("compound") || base.equals("flat")
                        || (base.equals("nmod") && (view.preposition(c).equals("of") || rel.equals("nmod:poss")))
                        || base.equals("case") && x != h;
                if (take) todo.add(c);
            }
        }
        return out;
    }

    private static int[] nerSpan(ParseView view, int h, String tag) {
        int s = h;
        int e = h + 1;
        while (s > 0 && view.token(s - 1).ner().equals(tag)) s--;
        while (e < view.size() && view.token(e).ner().equals(tag)) e++;
        return new int[]{s, e};
    }

    private Optional<ActorMention> pronoun(ParseView view, int h, MutableArticleMemory memory, Map<Integer, ActorMention> found) {
        String w = view.token(h).word().toLowerCase(Locale.ROOT);
        boolean person = PERSON_PRONOUNS.contains(w);
        if (!person && !GROUP_PRONOUNS.contains(w)) return Optional.empty();
        Optional<Actor> antecedent = sameSentenceAntecedent(view, h, person, found);
        if (antecedent.isEmpty() && person && !view.relation(h).startsWith("nsubj")) antecedent = precedingPerson(view, h, found);
        if (antecedent.isEmpty()) antecedent = person ? memory.lastPerson() : memory.lastGroup();
        return antecedent.map(a -> new ActorMention(h, h, h + 1,
                new Actor(view.token(h).word(), a.name(), a.country(), a.role(), person ? ActorRule.PRONOUN_PERSON : ActorRule.PRONOUN_GROUP, a.code())));
    }

    /** "Obama called Abe, asking him not to come": an object pronoun takes the nearest earlier person who is not its clause's subject. */
    private static Optional<Actor> precedingPerson(ParseView view, int h, Map<Integer, ActorMention> found) {
        int clause = view.head(h);
        Set<Integer> subjects = new TreeSet<>();
        for (int x = clause, steps = 0; x >= 0 && steps < 10; x = view.head(x), steps++) {
            subjects.addAll(view.children(x, "nsubj"));
            if (!CLAUSE_LINKS.contains(view.baseRelation(x))) break;
        }
        for (int i = h - 1; i >= 0; i--) {
            ActorMention m = found.get(i);
            if (m != null && m.isPerson() && !subjects.contains(i)) return Optional.of(m.actor());
        }
        return Optional.empty();
    }

    /**
     * "Tokyo announced that it would ...", "Lukashenko swore that he would ...": the subject of a
     * governing clause of the same sentence is the pronoun's antecedent.
     */
    private static Optional<Actor> sameSentenceAntecedent(ParseView view, int h, boolean person, Map<Integer, ActorMention> found) {
        int clause = view.head(h);
        for (int steps = 0; clause >= 0 && steps < 6; steps++) {
            if (!CLAUSE_LINKS.contains(view.baseRelation(clause))) return Optional.empty();
            int up = view.head(clause);
            if (up < 0) return Optional.empty();
            for (int s : view.children(up)) {
                if (!view.relation(s).equals("nsubj") || s == h || view.token(s).isPronoun()) continue;
                ActorMention m = found.get(s);
                if (m != null && m.isPerson() == person) return Optional.of(m.actor());
            }
            clause = up;
        }
        return Optional.empty();
    }
}
