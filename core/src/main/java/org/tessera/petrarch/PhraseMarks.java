package org.tessera.petrarch;

/**
 * Where one sentence's actor and agent phrases stand, token by token: the actor's code on the
 * sentence's date (null outside actors, and inside an actor that has no code for that date) and
 * the agent phrase a token belongs to. Made by {@link PhraseIndex#mark}.
 */
final class PhraseMarks {
    private final String[] actorCode;
    private final boolean[] inActor;
    private final PetrarchAgent[] agent;

    PhraseMarks(String[] actorCode, boolean[] inActor, PetrarchAgent[] agent) {
        this.actorCode = actorCode.clone();
        this.inActor = inActor.clone();
        this.agent = agent.clone();
    }

    int size() {
        return actorCode.length;
    }

    /** The code of the actor phrase holding token i, or null. */
    String actorCode(int i) {
        return actorCode[i];
    }

    /** Whether token i is part of an actor name, whether or not that actor has a code on the date. */
    boolean inActor(int i) {
        return inActor[i];
    }

    /** The agent phrase holding token i, or null. */
    PetrarchAgent agent(int i) {
        return agent[i];
    }
}
