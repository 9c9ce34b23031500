package org.tessera.coding;

import java.util.Optional;
import org.tessera.model.ActorRule;

/**
 * The rules where a dictionary name is itself the phrase's head ("Russia", "Moscow", "the EU",
 * "the Japanese"): the name's kind picks the rule, which gives the role. A role of "-" in the
 * data means none.
 */
abstract class NamedGroupRule implements PhraseRule {
    /** The kind of name this rule reads. */
    abstract ActorKind kind();

    /** The actor's role, from the phrase's role word or the name itself. */
    abstract String role(GroupMarker group);

    @Override
    public final Optional<ActorMention> resolve(NounPhrase p) {
        return p.group().filter(g -> g.isHead() && g.entry().kind() == kind()).map(g -> {
            DictionaryEntry e = g.entry();
            String role = role(g);
            return p.mention(e.name(), e.country(), role.equals("-") ? "" : role, rule(), e.name());
        });
    }
}
