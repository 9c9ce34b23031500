package org.tessera.coding;

import org.tessera.model.ActorRule;

/** "Moscow warned Kyiv", "the Kremlin": a capital or seat of power stands for its government, whatever role word is near. */
final class CapitalRule extends NamedGroupRule {
    CapitalRule() {
        super(ActorRule.CAPITAL, ActorKind.CAPITAL);
    }

    @Override
    String role(GroupMarker group) {
        return "GOV";
    }
}
