package org.tessera.coding;

import java.util.List;
import java.util.Optional;
import org.tessera.model.ActorRule;

/**
 * "Russian Foreign Minister Sergei Lavrov", "Lukashenka": a person of {@code people.tsv}, the term
 * in office on the article date. A bare surname the dictionary inferred counts only where CoreNLP
 * also tagged a person. The name is remembered for later bare mentions.
 */
final class PersonDictionaryRule implements PhraseRule {
    @Override
    public ActorRule rule() {
        return ActorRule.PERSON_DICTIONARY;
    }

    @Override
    public Optional<ActorMention> resolve(NounPhrase p) {
        boolean tagged = p.view().token(p.head()).ner().equals("PERSON");
        return p.names().at(p.head()).flatMap(m -> {
            List<DictionaryEntry> persons = m.entries().stream().filter(e -> e.kind() == ActorKind.PERSON)
                    .filter(e -> tagged || !e.source().endsWith(ActorDictionary.INFERRED)).toList();
            return ActorDictionary.best(persons, p.on());
        }).map(e -> {
            ActorMention a = p.mention(e.name(), e.country(), e.role(), ActorRule.PERSON_DICTIONARY, e.name());
            p.memory().rememberName(e.name(), a.actor());
            return a;
        });
    }
}
