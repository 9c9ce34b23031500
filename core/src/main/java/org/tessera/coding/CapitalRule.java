package org.tessera.coding;

import org.tessera.model.ActorRule;

/** "Moscow warned Kyiv", "the Kremlin": a capital or seat of power stands for its government. */
final class CapitalRule extends NamedGroupRule {
    @Override
    public ActorRule rule() {
        return ActorRule.CAPITAL;
    }

    @Override
    ActorKind kind() {
        return ActorKind.CAPITAL;
    }

    @Override
    String role(GroupMarker group) {
        return "GOV";
    }
}
