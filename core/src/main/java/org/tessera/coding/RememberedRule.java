package org.tessera.coding;

import java.util.Optional;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;

/**
 * Later "Zakharova": a name met earlier in the article, through the article's memory. A person's
 * name is looked up as CoreNLP delimited it; an untagged proper noun the dictionary does not know
 * is tried as a single word.
 */
final class RememberedRule implements PhraseRule {
    @Override
    public ActorRule rule() {
        return ActorRule.REMEMBERED;
    }

    @Override
    public Optional<ActorMention> resolve(NounPhrase p) {
        Optional<Actor> known;
        if (p.namesPerson()) {
            NameCover.Skip name = p.personName();
            known = p.memory().name(p.view().sentence().span(name.start(), name.end()));
        } else if (!p.names().covers(p.head()) && p.view().token(p.head()).isProperNoun()) {
            known = p.memory().name(p.view().token(p.head()).word());
        } else {
            known = Optional.empty();
        }
        return known.map(k -> p.mention(k.name(), k.country(), k.role(), ActorRule.REMEMBERED, k.name()));
    }
}
