package org.tessera.coding;

import org.tessera.model.ActorRule;

/** "Russia", "the United States": the country named outright, with no role unless a role word says one. */
final class CountryRule extends NamedGroupRule {
    CountryRule() {
        super(ActorRule.COUNTRY, ActorKind.COUNTRY);
    }
}
