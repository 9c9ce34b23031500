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
}
