package org.tessera.coding;

import java.util.Optional;
import org.tessera.model.ActorRule;

/**
 * The rules where a dictionary name is itself the phrase's head ("Russia", "Moscow", "the EU",
 * "the Japanese"): the name's kind picks the rule, which gives the role. A role of "-" in the
 * data means none.
 */
abstract class NamedGroupRule implements PhraseRule {
    private final ActorRule rule;
    private final ActorKind kind;

    /** The rule reads names of {@code kind}. */
    NamedGroupRule(ActorRule rule, ActorKind kind) {
        this.rule = rule;
        this.kind = kind;
    }

    @Override
    public final ActorRule rule() {
        return rule;
    }

    /** The actor's role: the phrase's role word ("Russian government"), else the name's own role. */
    String role(GroupMarker group) {
        return group.entry().roleUnder(group.role());
    }

    @Override
    public final Optional<ActorMention> resolve(NounPhrase p) {
        return p.group().filter(g -> g.isHead() && g.entry().kind() == kind).map(g -> {
            DictionaryEntry e = g.entry();
            String role = role(g);
            return p.mention(e.name(), e.country(), role.equals("-") ? "" : role, rule, e.name());
        });
    }
}
