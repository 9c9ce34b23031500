package org.tessera.coding;

import java.util.Optional;
import org.tessera.model.ActorRule;

/**
 * One row of the actor table in {@code docs/coding.md}: a way a noun phrase can name an actor.
 * {@link ActorResolver} tries its rules in the table's order and takes the first actor one gives;
 * an empty answer passes the phrase to the next rule.
 */
interface PhraseRule {
    /** The rule an actor found this way carries in its evidence. */
    ActorRule rule();

    Optional<ActorMention> resolve(NounPhrase phrase);
}
