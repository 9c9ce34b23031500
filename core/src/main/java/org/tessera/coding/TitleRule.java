package org.tessera.coding;

import java.util.Locale;
import java.util.Optional;
import org.tessera.model.ActorRule;

/**
 * "Russian authorities", "Belarusian opposition", "protesters in Minsk": a role word heads the
 * phrase and a country or organisation name modifies it. Without a role word there is no actor
 * ("Russian market"); an organisation met only as a place after the head marks nothing.
 */
final class TitleRule implements PhraseRule {
    @Override
    public ActorRule rule() {
        return ActorRule.TITLE;
    }

    @Override
    public Optional<ActorMention> resolve(NounPhrase p) {
        return p.group().filter(g -> !g.isHead() && g.role().isPresent())
                .filter(g -> !(g.placeOnly() && g.entry().kind().isBody())).map(g -> {
                    DictionaryEntry e = g.entry();
                    String role = e.roleUnder(g.role());
                    String detail = g.role().get().phrase() + "+" + e.kind().name().toLowerCase(Locale.ROOT) + ":" + e.name();
                    return p.mention(e.name(), e.country(), role.equals("-") ? "" : role, ActorRule.TITLE, detail);
                });
    }
}
