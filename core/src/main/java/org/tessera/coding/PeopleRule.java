package org.tessera.coding;

import org.tessera.model.ActorRule;

/** "the Japanese", "Russians": a nationality as the head stands for its country's people. */
final class PeopleRule extends NamedGroupRule {
    @Override
    public ActorRule rule() {
        return ActorRule.PEOPLE;
    }

    @Override
    ActorKind kind() {
        return ActorKind.ADJECTIVE;
    }

    @Override
    String role(GroupMarker group) {
        return group.role().map(RoleLexicon.Hit::role).orElse("");
    }
}
