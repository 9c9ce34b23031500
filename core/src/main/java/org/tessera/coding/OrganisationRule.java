package org.tessera.coding;

import org.tessera.model.ActorRule;

/** "the EU", "European Parliament", "NATO": the code and role of {@code organisations.tsv}, unless a role word says another role. */
final class OrganisationRule extends NamedGroupRule {
    OrganisationRule() {
        super(ActorRule.ORGANISATION, ActorKind.ORGANISATION);
    }
}
