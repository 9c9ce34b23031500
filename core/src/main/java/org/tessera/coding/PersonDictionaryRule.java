package org.tessera.coding;

import java.util.List;
import java.util.Optional;
import org.tessera.model.ActorRule;

/**
 * "Russian Foreign Minister Sergei Lavrov", "Lukashenka": a person of {@code people.tsv} with the
 * role of the term in office on the article date; outside every term (before the first, after the
 * last) the country of the nearest term with CAMEO's elite role, ELI, as PETRARCH and ICEWS code
 * former and future leaders ("Reagan" in 2000: USAELI). A bare
 * surname the dictionary inferred counts only where CoreNLP tagged it a person and the tagged name
 * is that surname alone: "Michel" in "Michel Aoun" is a given name, not Charles Michel. The name is
 * remembered for later bare mentions.
 */
final class PersonDictionaryRule implements PhraseRule {
    @Override
    public ActorRule rule() {
        return ActorRule.PERSON_DICTIONARY;
    }

    @Override
    public Optional<ActorMention> resolve(NounPhrase p) {
        boolean tagged = p.view().token(p.head()).ner().equals("PERSON");
        NameCover.Skip written = p.personName();
        return p.names().at(p.head()).flatMap(m -> {
            boolean wholeName = tagged && written.start() == m.start() && written.end() == m.end();
            List<DictionaryEntry> persons = m.entries().stream().filter(e -> e.kind() == ActorKind.PERSON)
                    .filter(e -> wholeName || !e.source().endsWith(ActorDictionary.INFERRED)).toList();
            return ActorDictionary.nearestTerm(persons, p.on()).map(e -> p.on() == null || e.holdsOn(p.on()) ? e : e.outOfOffice());
        }).map(e -> {
            ActorMention a = p.mention(e.name(), e.country(), e.role(), ActorRule.PERSON_DICTIONARY, e.name());
            p.memory().rememberName(e.name(), a.actor());
            return a;
        });
    }
}
