package org.tessera.coding;

import org.tessera.model.ActorRule;

/** "the Japanese", "Russians": a nationality as the head stands for its country's people, with no role unless a role word says one. */
final class PeopleRule extends NamedGroupRule {
    PeopleRule() {
        super(ActorRule.PEOPLE, ActorKind.ADJECTIVE);
    }

    @Override
    String role(GroupMarker group) {
        return group.role().map(RoleLexicon.Hit::role).orElse("");
    }
}
