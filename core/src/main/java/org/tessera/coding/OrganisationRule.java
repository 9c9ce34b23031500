package org.tessera.coding;

import org.tessera.model.ActorRule;

/** "the EU", "European Parliament", "NATO": the code and role of {@code organisations.tsv}, unless a role word says another role. */
final class OrganisationRule extends NamedGroupRule {
    @Override
    public ActorRule rule() {
        return ActorRule.ORGANISATION;
    }

    @Override
    ActorKind kind() {
        return ActorKind.ORGANISATION;
    }

    @Override
    String role(GroupMarker group) {
        return group.role().map(RoleLexicon.Hit::role).orElse(group.entry().role());
    }
}
