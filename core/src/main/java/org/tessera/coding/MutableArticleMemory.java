package org.tessera.coding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.Actor;

/**
 * What the coder remembers while it reads one article: people named once with their title
 * ("Foreign Ministry spokeswoman Maria Zakharova") so later bare mentions ("Zakharova") resolve,
 * and the most recent person and group actors for pronouns. Mutable by design and confined to
 * the thread coding that article; a new one per article.
 */
public final class MutableArticleMemory {
    private final Map<String, Actor> names = new HashMap<>();
    private Actor lastPerson;
    private Actor lastGroup;

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
