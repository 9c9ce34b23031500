package org.tessera.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.petrarch.HandSentences.words;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verb patterns against hand-written token sequences: no parser involved. */
class VerbPatternMatcherTest {
    private static final String VERBS = """
            &FOOD
            +GRAIN
            +RICE_FLOUR
            --- PLEDGE [032] ---
            PLEDGE
            WIRE_+TAP [1711]
            - * &FOOD TO + [071]
            - * TO [073]
            - FORMALLY * [033]
            - * TO THREATEN [138]
            - * NOTHING [---]
            --- THREATEN [130] ---
            THREATEN
            - * _WAR [138]
            - * + WITH SANCTIONS [163:164]
            """;

    private final VerbPatternMatcher matcher = new VerbPatternMatcher(HandSentences.dictionaries(VERBS, "", "", "").verbs());

    private VerbPatternMatcher.VerbMatch only(String sentence) {
        List<VerbPatternMatcher.VerbMatch> m = matcher.matches(words(sentence));
        assertEquals(1, m.size(), m.toString());
        return m.get(0);
    }

    private void assertCode(String code, String sentence) {
        assertEquals(code, only(sentence).code(), sentence);
    }

    @Test
    void synsetPhrasePatternFiresOnTheLemmaOfTheVerb() {
        var m = only("Arnor/NNP pledged/VBD/pledge rice/NN flour/NN to/TO Gondor/NNP");
        assertEquals(1, m.verb());
        assertEquals("071", m.code());
        assertEquals(List.of(1, 2, 3, 4), m.covered().stream().sorted().toList());
        assertTrue(m.evidence().startsWith("petrarch verb=PLEDGE test.verbs:"), m.evidence());
    }

    @Test
    void thePatternMatchingMostWordsWins() {
        assertCode("071", "Arnor/NNP pledged/VBD/pledge grain/NN to/TO Gondor/NNP");
        assertCode("073", "Arnor/NNP pledged/VBD/pledge help/NN to/TO Gondor/NNP");
    }

    @Test
    void withoutAMatchingPatternTheBlockCodeHolds() {
        var m = only("Arnor/NNP pledged/VBD/pledge help/NN");
        assertNull(m.pattern());
        assertEquals("032", m.code());
        assertEquals(List.of(1), m.covered());
    }

    @Test
    void wordsBeforeTheVerbAreMatchedToo() {
        assertCode("033", "Arnor/NNP formally/RB pledged/VBD/pledge help/NN");
    }

    @Test
    void aJoinedWordMustStandRightAfterTheVerb() {
        assertCode("138", "Arnor/NNP threatened/VBD/threaten war/NN");
        assertCode("130", "Arnor/NNP threatened/VBD/threaten a/DT war/NN");
    }

    @Test
    void aTwoWayCodeSplitsIntoForwardAndBackward() {
        var m = only("Arnor/NNP threatened/VBD/threaten Gondor/NNP with/IN sanctions/NNS");
        assertEquals("163", m.forward());
        assertEquals("164", m.backward());
        assertFalse(m.codesNothing());
        var none = only("Arnor/NNP pledged/VBD/pledge nothing/NN");
        assertEquals("---", none.forward());
        assertEquals("", none.backward());
        assertTrue(none.codesNothing());
    }

    @Test
    void aMultiWordVerbNeedsAllItsWordsAndKeepsItsOwnCode() {
        var m = only("spies/NNS wire/NN tapped/VBD/tap phones/NNS");
        assertEquals(2, m.verb());
        assertEquals("1711", m.code());
        assertEquals(List.of(1, 2), m.covered().stream().sorted().toList());
        assertTrue(matcher.matches(words("spies/NNS tapped/VBD/tap phones/NNS")).isEmpty());
    }

    @Test
    void onlyVerbTagsCarryVerbsAndAPatternsWordsAreNotReadAgain() {
        assertTrue(matcher.matches(words("the/DT pledge/NN to/TO Gondor/NNP")).isEmpty());
        assertTrue(matcher.at(words("the/DT pledge/NN to/TO Gondor/NNP"), 1).isPresent(), "at() does not look at the tag");
        var m = only("Arnor/NNP pledged/VBD/pledge to/TO threaten/VB Gondor/NNP");
        assertEquals("138", m.code());
        var two = matcher.matches(words("Arnor/NNP pledged/VBD/pledge help/NN and/CC threatened/VBD/threaten war/NN"));
        assertEquals(List.of("032", "138"), two.stream().map(VerbPatternMatcher.VerbMatch::code).toList());
    }
}
