package org.tessera.coding;

import org.tessera.model.Actor;

/**
 * An actor found in a sentence: the head token of its phrase, the phrase's token span [start, end),
 * and the resolved actor.
 */
public record ActorMention(int head, int start, int end, Actor actor) {
    public boolean isPerson() {
        return actor.isPerson();
    }
}
