package org.tessera.coding;

import org.tessera.model.ActorRule;

/**
 * "Hamas", "Amnesty International", "Labour", "the Bundestag": a group of {@code groups.tsv} or
 * {@code domestic-bodies.tsv}, its country (or its own code where it has none) and the type that
 * holds on the article date (a party governs or opposes).
 */
final class GroupRule extends NamedGroupRule {
    GroupRule() {
        super(ActorRule.GROUP, ActorKind.GROUP);
    }
}
