package org.tessera.coding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.Actor;

/**
 * What the coder remembers while it reads one article: people named once with their title
 * ("Foreign Ministry spokeswoman Maria Zakharova") so later bare mentions ("Zakharova") resolve,
 * the most recent person and group actors for pronouns, and the article's own country (its
 * dateline's, else the one it names most) for agents named by role alone ("police"). Mutable by
 * design and confined to the thread coding that article; a new one per article.
 */
public final class MutableArticleMemory {
    /** The article's country, and how it was known ("dateline", "most-mentioned"). */
    record ArticleCountry(String code, String name, String how) {
    }

    private final Map<String, Actor> names = new HashMap<>();
    private final Map<String, Integer> countryMentions = new HashMap<>();
    private Actor lastPerson;
    private Actor lastGroup;
    private ArticleCountry dateline;

    void sawDateline(DictionaryEntry country) {
        dateline = new ArticleCountry(country.country(), country.name(), "dateline");
    }

    boolean hasDateline() {
        return dateline != null;
    }

    /** A country an actor of the article belongs to, counted toward the article's most-mentioned one. */
    void sawCountry(String code) {
        countryMentions.merge(code, 1, Integer::sum);
    }

    /** The dateline's country, else the country named at least twice and more often than any other. */
    Optional<ArticleCountry> articleCountry() {
        if (dateline != null) return Optional.of(dateline);
        String best = null;
        int most = 1;
        boolean tie = false;
        for (var e : countryMentions.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(new ArticleCountry(best, "", "most-mentioned"));
    }

    /** The only country the article's earlier sentences named, absent where they named none or several. */
    Optional<ArticleCountry> soleCountry() {
        return countryMentions.size() == 1 ? Optional.of(new ArticleCountry(countryMentions.keySet().iterator().next(), "", "sole")) : Optional.empty();
    }

    void rememberName(String fullName, Actor actor) {
        String[] words = fullName.trim().split("\\s+");
        names.put(NameKey.key(NameKey.words(fullName)), actor);
        if (words.length > 1) names.put(NameKey.word(words[words.length - 1]), actor);
    }

    Optional<Actor> name(String phrase) {
        Actor a = names.get(NameKey.key(NameKey.words(phrase)));
        if (a == null) {
            String[] words = phrase.trim().split("\\s+");
            a = names.get(NameKey.word(words[words.length - 1]));
        }
        return Optional.ofNullable(a);
    }

    void sawPerson(Actor a) {
        lastPerson = a;
    }

    void sawGroup(Actor a) {
        lastGroup = a;
    }

    Optional<Actor> lastPerson() {
        return Optional.ofNullable(lastPerson);
    }

    Optional<Actor> lastGroup() {
        return Optional.ofNullable(lastGroup);
    }
}
