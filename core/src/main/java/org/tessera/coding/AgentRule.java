package org.tessera.coding;

import java.util.Optional;
import org.tessera.model.ActorRule;

/**
 * "Police detained dozens", "the opposition called a strike": a role word that names a domestic
 * agent by itself ({@code roles.tsv}'s "alone" column), heading a phrase that names no country,
 * takes the country the sentence places it in ("prisoners rioted at a jail in Kabul"), else the
 * article's: its dateline's, else the country its earlier sentences name most.
 * Where neither says, the phrase is left uncoded rather than guessed.
 */
final class AgentRule implements PhraseRule {
    private final RoleLexicon roles;

    AgentRule(RoleLexicon roles) {
        this.roles = roles;
    }

    @Override
    public ActorRule rule() {
        return ActorRule.AGENT;
    }

    @Override
    public Optional<ActorMention> resolve(NounPhrase p) {
        if (p.group().isPresent() || p.namesPerson() || p.names().covers(p.head())) return Optional.empty();
        return roles.strongest(p.view().sentence().tokens(), p.names().outsideNames(p.tokens(), NameCover.Skip.NONE))
                .filter(w -> w.alone() && w.start() <= p.head() && p.head() < w.end())
                .flatMap(w -> p.agentCountry().map(c ->
                        p.mention(c.name(), c.code(), w.role(), ActorRule.AGENT, w.phrase() + "+" + c.how() + ":" + c.code())));
    }
}
