package org.tessera.coding;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;

/**
 * "he accused Russia", "Tokyo announced that it would ...": he, she, him, her, his take an
 * antecedent person, it and its a group, they, them and their a group named in the plural. The
 * antecedent is the subject of a governing clause of the same sentence; else, for a person not
 * itself a subject, the nearest earlier person of the sentence, and for it and its the nearest
 * earlier group named by a phrase of its own ("reminded Iraq that it must"); else the last person or
 * group of the article. They has no antecedent outside its sentence: a plural is too often nobody's;
 * failing a plural one, it takes the group that reports its clause ("Hamas said they had attacked").
 * It runs after the sentence's noun phrases, so the same-sentence antecedents are already resolved.
 */
final class PronounRule {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> CLAUSE_LINKS = Set.of("ccomp", "xcomp", "advcl", "conj", "parataxis");
    /** Relations of a name that only marks another phrase ("Iraqi" in "Iraqi troops"), no antecedent of its own. */
    private static final Set<String> MODIFYING = Set.of("amod", "compound", "nmod:poss");

    /** The actor pronoun {@code h} stands for, given the sentence's actors found so far by head. */
    Optional<ActorMention> resolve(ParseView view, int h, MutableArticleMemory memory, Map<Integer, ActorMention> found) {
        String w = view.token(h).word().toLowerCase(Locale.ROOT);
        boolean person = PERSON_PRONOUNS.contains(w);
        boolean plural = PLURAL_PRONOUNS.contains(w);
        if (!person && !plural && !GROUP_PRONOUNS.contains(w)) return Optional.empty();
        Predicate<ActorMention> kind = person ? ActorMention::isPerson
                : m -> !m.isPerson() && isPlural(view, m) == plural;
        // "Serbs said their forces had withdrawn": a possessive stands where the noun it owns stands in the clause.
        int place = view.relation(h).equals("nmod:poss") && view.head(h) >= 0 ? view.head(h) : h;
        Optional<Actor> antecedent = sameSentenceAntecedent(view, place, kind, found);
        if (antecedent.isEmpty() && person && !view.relation(h).startsWith("nsubj")) antecedent = precedingPerson(view, h, found);
        if (antecedent.isEmpty() && !person && !plural) antecedent = precedingGroup(view, h, found);
        if (antecedent.isEmpty() && plural) antecedent = speaker(view, place, found);
        if (antecedent.isEmpty() && !plural) antecedent = person ? memory.lastPerson() : memory.lastGroup();
        return antecedent.map(a -> new ActorMention(h, h, h + 1,
                new Actor(view.token(h).word(), a.name(), a.country(), a.role(), person ? ActorRule.PRONOUN_PERSON : ActorRule.PRONOUN_GROUP, a.code())));
    }

    /** "Hamas said they had attacked": the group that reports the clause holding the pronoun, even one named in the singular. */
    private static Optional<Actor> speaker(ParseView view, int h, Map<Integer, ActorMention> found) {
        int clause = view.head(h);
        if (clause < 0 || !view.baseRelation(clause).equals("ccomp")) return Optional.empty();
        int up = view.head(clause);
        if (up < 0) return Optional.empty();
        for (int s : view.children(up, "nsubj")) {
            ActorMention m = found.get(s);
            if (m != null && !m.isPerson() && !view.token(s).isPronoun()) return Optional.of(m.actor());
        }
        return Optional.empty();
    }

    /** A plural head ("rebels", "the Kurds") or a head with conjuncts ("Iran and Iraq") is an antecedent of they. */
    private static boolean isPlural(ParseView view, ActorMention m) {
        String pos = view.token(m.head()).pos();
        return pos.equals("NNS") || pos.equals("NNPS") || !view.children(m.head(), "conj").isEmpty();
    }

    /** "Chirac reminded Iraq that it must cooperate": it takes the nearest earlier group the sentence names by a phrase of its own. */
    private static Optional<Actor> precedingGroup(ParseView view, int h, Map<Integer, ActorMention> found) {
        for (int i = h - 1; i >= 0; i--) {
            ActorMention m = found.get(i);
            if (m == null || m.isPerson() || m.actor().ruleKind() == ActorRule.PEOPLE || m.actor().ruleKind().isPronoun()
                    || MODIFYING.contains(view.relation(i)) || isPlural(view, m)) continue;
            return Optional.of(m.actor());
        }
        return Optional.empty();
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
    private static Optional<Actor> sameSentenceAntecedent(ParseView view, int h, Predicate<ActorMention> kind, Map<Integer, ActorMention> found) {
        int clause = view.head(h);
        for (int steps = 0; clause >= 0 && steps < 6; steps++) {
            if (!CLAUSE_LINKS.contains(view.baseRelation(clause))) return Optional.empty();
            int up = view.head(clause);
            if (up < 0) return Optional.empty();
            for (int s : view.children(up)) {
                if (!view.relation(s).equals("nsubj") || s == h || view.token(s).isPronoun()) continue;
                ActorMention m = found.get(s);
                if (m != null && kind.test(m)) return Optional.of(m.actor());
            }
            clause = up;
        }
        return Optional.empty();
    }
}
