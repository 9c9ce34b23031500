package org.tessera.petrarch;

import java.util.List;

/**
 * One agent phrase: {@code PRESIDENT [~GOV]} adds GOV after the actor's code ({@code suffix}),
 * {@code MSF [NGO~]} puts NGO before it.
 */
public record PetrarchAgent(List<String> words, String code, boolean suffix, String origin) {
    public PetrarchAgent {
        words = List.copyOf(words);
    }

    /**
     * PETRARCH's code arithmetic: this agent's three-letter parts joined to an actor's code,
     * those the code already holds left out ({@code RUSGOV} + {@code ~GOVMED} → {@code RUSGOVMED}).
     */
    String addTo(String actor) {
        StringBuilder add = new StringBuilder();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            boolean present = false;
            for (int k = 0; k + 3 <= actor.length(); k += 3) if (actor.substring(k, k + 3).equals(part)) present = true;
            if (!present) add.append(part);
        }
        return suffix ? actor + add : add + actor;
    }
}
