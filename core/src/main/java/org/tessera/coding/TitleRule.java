package org.tessera.coding;

import java.util.Locale;
import java.util.Optional;
import org.tessera.data.WordClasses;
import org.tessera.model.ActorRule;

/**
 * "Russian authorities", "Belarusian opposition", "protesters in Minsk": a role word heads the
 * phrase and a country or organisation name modifies it. Without a role word there is no actor
 * ("Russian market"), except that a machine of war that acts stands for its country's military
 * ("Israeli tanks shelled"); an organisation met only as a place after the head marks nothing.
 */
final class TitleRule implements PhraseRule {
    private final WordClasses<HeadNounClass> heads;

    TitleRule(WordClasses<HeadNounClass> heads) {
        this.heads = heads;
    }

    @Override
    public ActorRule rule() {
        return ActorRule.TITLE;
    }

    @Override
    public Optional<ActorMention> resolve(NounPhrase p) {
        return p.group().filter(g -> !g.isHead() && !(g.placeOnly() && g.entry().kind().isBody())).flatMap(g -> {
            DictionaryEntry e = g.entry();
            String kind = e.kind().name().toLowerCase(Locale.ROOT);
            if (g.role().isPresent()) {
                String role = e.roleUnder(g.role());
                String detail = g.role().get().phrase() + "+" + kind + ":" + e.name();
                return Optional.of(p.mention(e.name(), e.country(), role.equals("-") ? "" : role, ActorRule.TITLE, detail));
            }
            if (g.placeOnly() || !actingMachine(p)) return Optional.empty();
            String role = e.kind() == ActorKind.GROUP ? e.role() : "MIL";
            return Optional.of(p.mention(e.name(), e.country(), role, ActorRule.TITLE, p.view().lemma(p.head()) + "+" + kind + ":" + e.name()));
        });
    }

    /**
     * A machine of war that is the subject or the "by" agent of its clause, directly or as a
     * conjunct ("Israeli helicopters and tanks shelled"); as an object it is mostly a thing traded.
     */
    private boolean actingMachine(NounPhrase p) {
        ParseView view = p.view();
        if (!heads.is(view.lemma(p.head()), HeadNounClass.WAR_MACHINE)) return false;
        int x = p.head();
        for (int i = 0; i < 4 && view.baseRelation(x).equals("conj") && view.head(x) >= 0; i++) x = view.head(x);
        String rel = view.baseRelation(x);
        return rel.equals("nsubj") || rel.equals("obl") && view.preposition(x).equals("by");
    }
}
