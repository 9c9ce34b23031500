package org.tessera.coding;

import org.tessera.model.ActorRule;

/** "Russia", "the United States": the country named outright, with no role unless a role word says one. */
final class CountryRule extends NamedGroupRule {
    @Override
    public ActorRule rule() {
        return ActorRule.COUNTRY;
    }

    @Override
    ActorKind kind() {
        return ActorKind.COUNTRY;
    }

    @Override
    String role(GroupMarker group) {
        return group.role().map(RoleLexicon.Hit::role).orElse(group.entry().role());
    }
}
