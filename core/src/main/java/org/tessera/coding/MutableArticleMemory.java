package org.tessera.coding;

import java.util.HashMap;
import java.util.List;
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
    /** A remembered surname's given name, as first written. */
    private final Map<String, String> givenNames = new HashMap<>();
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
        List<String> words = NameKey.words(fullName);
        names.put(NameKey.key(words), actor);
        if (words.size() > 1) {
            names.put(words.get(words.size() - 1), actor);
            givenNames.put(words.get(words.size() - 1), words.get(0));
        }
    }

    /**
     * The person a name met earlier stands for: the whole name, else its surname, unless the text gives
     * another given name ("Michael Johnson" is not the Boris Johnson met before); an initial or a
     * spelling that starts alike ("B. Johnson", "Sergey" for "Sergei") is the same person.
     */
    Optional<Actor> name(String phrase) {
        List<String> words = NameKey.words(phrase);
        if (words.isEmpty()) return Optional.empty();
        Actor a = names.get(NameKey.key(words));
        if (a == null) {
            String surname = words.get(words.size() - 1);
            String given = givenNames.get(surname);
            boolean otherGiven = words.size() > 1 && given != null && words.get(0).charAt(0) != given.charAt(0);
            if (!otherGiven) a = names.get(surname);
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
