package org.tessera.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.petrarch.HandSentences.tokens;
import static org.tessera.petrarch.HandSentences.words;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Actor and agent phrases found in hand-written token lists. */
class PhraseIndexTest {
    private static final LocalDate DATE = LocalDate.of(2010, 6, 1);
    private final PetrarchDictionaries dictionaries = HandSentences.dictionaries("", """
            ARNOR_ [ARN]
            +NORTH_KINGDOM
            ARNOR_RANGERS_ [ARNREB]
            HALBARAD_
            \t[ARNREB 900101-051231]
            \t[ARNGOV >060101]
            """, """
            TROOP [~MIL]
            RANGER [~REB]
            RELIEF_CHARITY [NGO~]
            """, "");
    private final PhraseIndex index = new PhraseIndex(dictionaries.actors(), dictionaries.agents());

    @Test
    void theLongestActorNameWinsAndCoversAllItsTokens() {
        PhraseMarks m = index.mark(words("Arnor/NNP rangers/NNS/ranger crossed/VBD/cross the/DT North/NNP Kingdom/NNP"), DATE);
        assertEquals("ARNREB", m.actorCode(0));
        assertEquals("ARNREB", m.actorCode(1));
        assertNull(m.actorCode(2));
        assertNull(m.actorCode(3));
        assertEquals("ARN", m.actorCode(4));
        assertEquals("ARN", m.actorCode(5));
        assertNull(m.agent(1), "an actor's words are not read as an agent");
    }

    @Test
    void agentsMatchOnLemmasActorsOnWordsOnly() {
        PhraseMarks m = index.mark(words("troops/NNS/troop of/IN the/DT north/JJ kingdoms/NNS/kingdom"), DATE);
        assertEquals("MIL", m.agent(0).code());
        assertTrue(m.agent(0).suffix());
        for (int i = 0; i < m.size(); i++) assertFalse(m.inActor(i), "token " + i);
        PhraseMarks charity = index.mark(words("a/DT relief/NN charity/NN"), DATE);
        assertEquals("NGO", charity.agent(1).code());
        assertEquals(charity.agent(1), charity.agent(2));
        assertNull(charity.agent(0));
    }

    @Test
    void anActorCodeIsTheOneThatHoldsOnTheDate() {
        TokenWords w = words("Halbarad/NNP spoke/VBD/speak");
        assertEquals("ARNREB", index.mark(w, LocalDate.of(2001, 1, 1)).actorCode(0));
        assertEquals("ARNGOV", index.mark(w, DATE).actorCode(0));
        assertTrue(index.mark(w, DATE).inActor(0));
    }

    @Test
    void mayHoldActorLooksForAnyPhraseStart() {
        assertTrue(index.mayHoldActor(tokens("the/DT people/NNS of/IN Arnor/NNP")));
        assertTrue(index.mayHoldActor(tokens("the/DT troops/NNS/troop left/VBD/leave")), "agents by lemma");
        assertFalse(index.mayHoldActor(tokens("it/PRP rained/VBD/rain all/DT day/NN")));
    }
}
