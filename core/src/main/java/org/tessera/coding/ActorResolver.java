package org.tessera.coding;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.data.WordClasses;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.Token;

/**
 * Finds the actors of a sentence. Each noun phrase (a head and its compound, adjectival,
 * possessive, appositive and "of" modifiers) goes through the {@link PhraseRule}s in the order of
 * the actor table in {@code docs/coding.md}, and the first actor a rule gives is the phrase's.
 * Pronouns come last, once the sentence's other actors are known, so a same-sentence antecedent
 * is found ({@link PronounRule}).
 */
public final class ActorResolver {
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "flat", "nmod:poss", "det", "nummod", "appos");

    private final ActorDictionary dictionary;
    private final RoleLexicon roles;
    private final List<PhraseRule> rules;
    private static final Set<String> MARKING = Set.of("amod", "compound", "nmod:poss");

    private final PronounRule pronouns = new PronounRule();
    private final WordClasses<HeadNounClass> heads;
    private final GroupSides sides;

    public ActorResolver(ActorDictionary dictionary, RoleLexicon roles) {
        this.dictionary = dictionary;
        this.roles = roles;
        this.heads = WordClasses.resource(HeadNounClass.RESOURCE, HeadNounClass.class);
        this.sides = new GroupSides(roles, heads);
        this.rules = List.of(new PersonDictionaryRule(roles), new TitledPersonRule(roles), new RememberedRule(),
                new CapitalRule(), new CountryRule(), new OrganisationRule(), new GroupRule(), new TitleRule(heads), new PeopleRule(),
                new AgentRule(roles));
    }

    /** The phrase rules in the order they are tried, which the documentation's table follows. */
    List<PhraseRule> rules() {
        return rules;
    }

    /**
     * Cheap test on an unparsed sentence: could it name an actor at all? Used to skip parsing. A
     * role word that names an agent alone ("police") may take the article's country.
     */
    public boolean mayHoldActor(List<Token> tokens) {
        if (!dictionary.find(tokens).isEmpty()) return true;
        for (Token t : tokens) {
            if (roles.opensAgent(t)) return true;
            String ner = t.ner();
            if (ner.equals("PERSON") || ner.equals("COUNTRY") || ner.equals("NATIONALITY") || ner.equals("ORGANIZATION")
                    || ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE")) return true;
        }
        return false;
    }

    SentenceActors resolve(ParseView view, MutableArticleMemory memory, LocalDate on) {
        NameCover names = NameCover.of(dictionary, view);
        Map<Integer, ActorMention> found = new HashMap<>();
        int first = datelineEnd(view, memory);
        SentencePlaces places = SentencePlaces.of(view, names, dictionary, on);
        for (int h = first; h < view.size(); h++) {
            Token t = view.token(h);
            if (view.head(h) == -2 || t.isPronoun() || !(t.isNoun() || names.covers(h)) || isInsideName(view, h, names) || onATongue(view, h)) continue;
            NounPhrase phrase = NounPhrase.of(view, h, phrase(view, h), names, memory, on, roles, places);
            int head = h;
            firstActor(phrase).ifPresent(a -> found.put(head, a));
        }
        collectives(view, first, found);
        leadersGovernments(view, first, found);
        sides.beforePronouns(view, first, found, places);
        Map<Integer, List<Integer>> companions = companions(view, names, found, on);
        for (int h = 0; h < view.size(); h++) {
            if (view.head(h) == -2 || !view.token(h).isPronoun()) continue;
            int head = h;
            pronouns.resolve(view, h, memory, found).ifPresent(a -> found.put(head, a));
        }
        sides.afterPronouns(view, first, found);
        for (ActorMention a : found.values()) {
            ActorRule rule = a.actor().ruleKind();
            if (!rule.isPronoun() && rule != ActorRule.AGENT && dictionary.isCountry(a.actor().country())) memory.sawCountry(a.actor().country());
        }
        return new SentenceActors(found, companions);
    }

    /**
     * "Thousands of Kurdish workers", "a group of Moroccan diplomats": a count or collection of
     * people that is no actor itself is the actor of its "of" complement. "Leaders of the opposition
     * coalition", "supporters of Morales": a role word that is no actor itself ({@link #ofComplement})
     * names people of its complement's side.
     */
    private void collectives(ParseView view, int first, Map<Integer, ActorMention> found) {
        // Right to left, so that a count of a count is read through: "tens of thousands of Chilean students".
        for (int h = view.size() - 1; h >= first; h--) {
            if (view.head(h) == -2) continue;
            Token t = view.token(h);
            boolean collective = isCollective(t);
            Optional<RoleLexicon.Hit> word = collective || !t.isNoun() ? Optional.empty()
                    : roles.single(t).filter(w -> !w.role().equals("-"));
            if (!collective && word.isEmpty()) continue;
            ActorMention own = found.get(h);
            for (int c : view.prepositional(h, "of")) {
                ActorMention a = complementActor(view, c, found);
                if (a == null || collective && a.isPerson()) continue;
                Actor actor = collective ? a.actor() : ofComplement(t.word(), word.get().role(), a.actor());
                // "Leaders of the Bolivian opposition": the title rule saw the nationality only, the complement says whose leaders
                if (own != null && (collective || own.actor().ruleKind() != ActorRule.TITLE
                        || !own.actor().country().equals(actor.country()) || own.actor().role().equals(actor.role()))) break;
                found.put(h, new ActorMention(h, Math.min(h, a.start()), Math.max(h + 1, a.end()), actor));
                break;
            }
        }
    }

    /**
     * "The Obama administration", "Putin's government", "the cabinet of Prime Minister Sharif": a
     * government word marked by a person is that person's country's government, whatever the actor
     * rules made of the word alone (an agent of the article's country, or none).
     */
    private void leadersGovernments(ParseView view, int first, Map<Integer, ActorMention> found) {
        for (int h = first; h < view.size(); h++) {
            ActorMention own = found.get(h);
            Token t = view.token(h);
            if (view.head(h) == -2 || own != null && own.actor().ruleKind() != ActorRule.AGENT
                    || !heads.is(t.lemma(), HeadNounClass.LEADERS_GOVERNMENT) && !heads.is(t.word(), HeadNounClass.LEADERS_GOVERNMENT)) continue;
            List<Integer> markers = new ArrayList<>(view.children(h, "compound"));
            markers.addAll(view.children(h, "nmod:poss"));
            markers.addAll(view.prepositional(h, "of"));
            for (int c : markers) {
                ActorMention a = found.get(c);
                if (a == null || !a.isPerson() || a.actor().ruleKind().isPronoun()) continue;
                Actor p = a.actor();
                found.put(h, new ActorMention(h, Math.min(h, a.start()), Math.max(h + 1, a.end()),
                        new Actor(t.word(), p.name(), p.country(), "GOV", ActorRule.TITLE, "government-of:" + p.name())));
                break;
            }
        }
    }

    /** The actor of an "of" complement: its head's, else that of a role word compounded on it ("the opposition coalition"). */
    private static ActorMention complementActor(ParseView view, int c, Map<Integer, ActorMention> found) {
        if (found.containsKey(c)) return found.get(c);
        for (int m : view.children(c, "compound")) {
            ActorMention a = found.get(m);
            if (a != null && a.actor().ruleKind() == ActorRule.AGENT) return a;
        }
        return null;
    }

    /**
     * The people a role word names in its "of" complement's side: a person's followers are of his
     * country, with the word's role ("supporters of Morales": BOLCVL); a group's leaders and
     * spokesmen keep the group's own role, as its titles do ("leaders of the opposition": OPP);
     * any other word gives its role to the complement's country ("supporters of the opposition").
     */
    private static Actor ofComplement(String text, String wordRole, Actor of) {
        boolean keep = !of.isPerson() && wordRole.equals("GOV") && !of.role().isEmpty();
        return new Actor(text, of.name(), of.country(), keep ? of.role() : wordRole, ActorRule.TITLE, "of:" + of.code());
    }

    /** Plural counts are read as written: CoreNLP lemmatises "thousands" to "thousand", which counts no people. */
    /** "restrictions on the Russian language": the nationality names the language, not the Russians. */
    private boolean onATongue(ParseView view, int h) {
        int head = view.head(h);
        return view.token(h).isAdjective() && view.baseRelation(h).equals("amod") && head >= 0 && heads.is(view.lemma(head), HeadNounClass.TONGUE);
    }

    private boolean isCollective(Token t) {
        return heads.is(t.word(), HeadNounClass.COLLECTIVE) || heads.is(t.lemma(), HeadNounClass.COLLECTIVE);
    }

    /**
     * "Senior Hungarian and Romanian officials", "the Turkish and Greek sides": a phrase marked by
     * conjoined nationality or country names is one actor per name. The head keeps the first; each
     * other name's token gets the same role with its own country, as a companion of the head.
     */
    private Map<Integer, List<Integer>> companions(ParseView view, NameCover names, Map<Integer, ActorMention> found, LocalDate on) {
        Map<Integer, List<Integer>> out = new HashMap<>();
        for (Map.Entry<Integer, ActorMention> e : Map.copyOf(found).entrySet()) {
            int h = e.getKey();
            Actor actor = e.getValue().actor();
            if (actor.ruleKind() != ActorRule.TITLE) continue;
            for (int m : view.children(h)) {
                if (!MARKING.contains(view.relation(m)) || !names.covers(m)) continue;
                for (int c : view.children(m, "conj")) {
                    Optional<DictionaryEntry> other = names.at(c).flatMap(x -> ActorDictionary.best(x.entries().stream()
                            .filter(d -> d.kind() == ActorKind.ADJECTIVE || d.kind() == ActorKind.COUNTRY).toList(), on));
                    if (other.isEmpty() || other.get().country().equals(actor.country())) continue;
                    DictionaryEntry d = other.get();
                    found.put(c, new ActorMention(c, c, c + 1, new Actor(view.token(c).word(), d.name(), d.country(), actor.role(),
                            ActorRule.TITLE, "conjoined:" + d.name())));
                    out.computeIfAbsent(h, k -> new ArrayList<>()).add(c);
                }
            }
        }
        return out;
    }

    /** The end of the dateline that opens one of an article's first sentences, which names no actor; 0 where none. */
    private int datelineEnd(ParseView view, MutableArticleMemory memory) {
        if (memory.hasDateline() || view.sentence().index() > 2) return 0;
        Optional<DatelineTokens> d = DatelineTokens.of(view.sentence().tokens(), dictionary);
        d.flatMap(DatelineTokens::country).ifPresent(memory::sawDateline);
        return d.map(DatelineTokens::end).orElse(0);
    }

    private Optional<ActorMention> firstActor(NounPhrase phrase) {
        for (PhraseRule r : rules) {
            Optional<ActorMention> a = r.resolve(phrase);
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    /** A non-final token of a multiword name is not a phrase head of its own ("Sergei" in "Sergei Lavrov"). */
    private static boolean isInsideName(ParseView view, int h, NameCover names) {
        return names.at(h).filter(m -> m.end() - 1 != h && view.head(h) >= m.start() && view.head(h) < m.end()).isPresent();
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
}
