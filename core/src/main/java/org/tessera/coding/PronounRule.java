package org.tessera.coding;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;

/**
 * "he accused Russia", "Tokyo announced that it would ...": he, she, him, her, his take an
 * antecedent person, it and its a group. The antecedent is the subject of a governing clause of
 * the same sentence, else (for a person not itself a subject) the nearest earlier person of the
 * sentence, else the last person or group of the article. They, them and their take only the
 * speaker of the clause they are reported in ("the rebels said they had attacked"): a plural has too
 * many candidates further away. It runs after the sentence's noun
 * phrases, so the same-sentence antecedents are already resolved.
 */
final class PronounRule {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> CLAUSE_LINKS = Set.of("ccomp", "xcomp", "advcl", "conj", "parataxis");

    /** The actor pronoun {@code h} stands for, given the sentence's actors found so far by head. */
    Optional<ActorMention> resolve(ParseView view, int h, MutableArticleMemory memory, Map<Integer, ActorMention> found) {
        String w = view.token(h).word().toLowerCase(Locale.ROOT);
        boolean person = PERSON_PRONOUNS.contains(w);
        if (PLURAL_PRONOUNS.contains(w)) return speaker(view, h, found).map(a -> mention(view, h, a, false));
        if (!person && !GROUP_PRONOUNS.contains(w)) return Optional.empty();
        Optional<Actor> antecedent = sameSentenceAntecedent(view, h, person, found);
        if (antecedent.isEmpty() && person && !view.relation(h).startsWith("nsubj")) antecedent = precedingPerson(view, h, found);
        if (antecedent.isEmpty()) antecedent = person ? memory.lastPerson() : memory.lastGroup();
        return antecedent.map(a -> mention(view, h, a, person));
    }

    private static ActorMention mention(ParseView view, int h, Actor a, boolean person) {
        return new ActorMention(h, h, h + 1,
                new Actor(view.token(h).word(), a.name(), a.country(), a.role(), person ? ActorRule.PRONOUN_PERSON : ActorRule.PRONOUN_GROUP, a.code()));
    }

    /** "Rebels said they had attacked": the group that is the subject of the verb whose reported clause holds the pronoun. */
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
