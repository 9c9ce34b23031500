package org.tessera.coding;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.Token;

/**
 * What the actor rules know of one noun phrase, computed once: the sentence, the phrase's head and
 * tokens, its written span [start, end) (leading determiners and prepositions dropped), the
 * sentence's dictionary names, the article's memory and date, and the phrase's group marker —
 * the country or organisation name that makes it a state or group actor, absent for a phrase that
 * names a person; and the countries the sentence names, for phrases that name none.
 */
record NounPhrase(ParseView view, int head, Set<Integer> tokens, int start, int end, NameCover names,
                  MutableArticleMemory memory, LocalDate on, Optional<GroupMarker> group, SentencePlaces places) {
    NounPhrase {
        tokens = Set.copyOf(tokens);
    }

    /**
     * The phrase with head {@code head} and tokens {@code tokens}; its group marker is looked for
     * only where the phrase does not name a person, since a person is no state ("Lavrov", not RUS).
     */
    static NounPhrase of(ParseView view, int head, Set<Integer> tokens, NameCover names, MutableArticleMemory memory,
                         LocalDate on, RoleLexicon roles, SentencePlaces places) {
        int start = tokens.stream().min(Integer::compare).orElse(head);
        int end = tokens.stream().max(Integer::compare).orElse(head) + 1;
        while (start < head && isEdgeFiller(view.token(start))) start++;
        NounPhrase person = new NounPhrase(view, head, tokens, start, end, names, memory, on, Optional.empty(), places);
        if (person.namesPerson()) return person;
        return new NounPhrase(view, head, tokens, start, end, names, memory, on, GroupMarker.of(view, head, tokens, names, roles, on), places);
    }

    private static boolean isEdgeFiller(Token t) {
        return t.pos().equals("DT") || t.pos().equals("IN") || t.pos().equals(",") || t.pos().equals("POS");
    }

    /**
     * The one country a phrase that names none belongs to, unless the text is ambiguous: the
     * article's dateline, else the sentence's single named country, else the only country its
     * earlier sentences named. Never the most-mentioned of several: an unknown "President X" is
     * left uncoded rather than guessed.
     */
    Optional<MutableArticleMemory.ArticleCountry> unambiguousCountry() {
        Optional<MutableArticleMemory.ArticleCountry> dateline = memory.articleCountry().filter(c -> c.how().equals("dateline"));
        if (dateline.isPresent()) return dateline;
        if (places.named().size() > 1) return Optional.empty();
        return places.named().isEmpty() ? memory.soleCountry()
                : Optional.of(new MutableArticleMemory.ArticleCountry(places.named().iterator().next(), "", "sentence"));
    }

    /** Where a role alone ("police", "troops") acts: the one country the sentence places it in, else the article's. */
    Optional<MutableArticleMemory.ArticleCountry> agentCountry() {
        Optional<MutableArticleMemory.ArticleCountry> here = places.located().map(c -> new MutableArticleMemory.ArticleCountry(c, "", "located"));
        return here.isPresent() ? here : memory.articleCountry();
    }

    /** The words of the phrase as written. */
    String text() {
        return view.sentence().span(start, end);
    }

    /** Whether CoreNLP tagged the head a person and no dictionary name says it is anything else. */
    boolean namesPerson() {
        return view.token(head).ner().equals("PERSON") && names.entriesAt(head).stream().allMatch(e -> e.kind() == ActorKind.PERSON);
    }

    /** The run of PERSON-tagged tokens around the head: the person's name as written. */
    NameCover.Skip personName() {
        int s = head;
        int e = head + 1;
        while (s > 0 && view.token(s - 1).ner().equals("PERSON")) s--;
        while (e < view.size() && view.token(e).ner().equals("PERSON")) e++;
        return new NameCover.Skip(s, e);
    }

    ActorMention mention(String name, String country, String role, ActorRule rule, String detail) {
        return new ActorMention(head, start, end, new Actor(text(), name, country, role, rule, detail));
    }
}
