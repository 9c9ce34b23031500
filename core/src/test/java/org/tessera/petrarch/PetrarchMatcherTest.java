package org.tessera.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.petrarch.HandSentences.parsed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.AnnotatedSentence;

/** The whole matcher on hand-parsed sentences: phrases, verb patterns and arguments from the parse together. */
class PetrarchMatcherTest {
    private static final LocalDate DATE = LocalDate.of(2010, 6, 1);
    private final PetrarchMatcher matcher = new PetrarchMatcher(HandSentences.dictionaries("""
            --- THREATEN [130] ---
            THREATEN
            - * + WITH SANCTIONS [163:164]
            --- ATTACK [190] ---
            ATTACK
            --- MEET [040] ---
            MEET
            """, """
            ARNOR_ [ARN]
            GONDOR_ [GON]
            ROHAN_ [ROH]
            """, """
            TROOP [~MIL]
            SOLDIER [~MIL]
            AMBASSADOR [~GOVDIP]
            """, "CHESS OLYMPIAD"));

    /** The sentence's codings as source>target:code@verb. */
    private List<String> codings(AnnotatedSentence s) {
        return matcher.code(s, DATE).stream().map(c -> c.source() + ">" + c.target() + ":" + c.code() + "@" + c.verb()).toList();
    }

    private void assertCodings(List<String> expected, String tokens, String... edges) {
        assertEquals(expected, codings(parsed(tokens, edges)));
    }

    @Test
    void aTwoWayPatternCodesBothDirectionsBetweenSubjectAndObject() {
        assertCodings(List.of("ARN>GON:163@1", "GON>ARN:164@1"), "Arnor/NNP threatened/VBD/threaten Gondor/NNP with/IN sanctions/NNS",
                "root -1 1", "nsubj 1 0", "obj 1 2", "obl 1 4", "case 4 3");
    }

    @Test
    void aPassiveVerbTakesItsSourceFromTheByPhraseWithItsAgents() {
        assertCodings(List.of("ARNMIL>GON:190@2"), "Gondor/NNP was/VBD/be attacked/VBN/attack by/IN Arnor/NNP troops/NNS/troop",
                "root -1 2", "nsubj:pass 2 0", "aux:pass 2 1", "obl 2 5", "case 5 3", "compound 5 4");
    }

    @Test
    void anAgentPhraseTakesTheActorOfItsPrepositionalModifier() {
        assertCodings(List.of("GONMIL>ROH:190@3"), "soldiers/NNS/soldier from/IN Gondor/NNP attacked/VBD/attack Rohan/NNP",
                "root -1 3", "nsubj 3 0", "nmod 0 2", "case 2 1", "obj 3 4");
    }

    @Test
    void agentsSpreadOverTheConjunctsOfTheirActor() {
        assertCodings(List.of("ARNGOVDIP>ROH:190@5", "GONGOVDIP>ROH:190@5"), "ambassadors/NNS/ambassador of/IN Arnor/NNP and/CC Gondor/NNP attacked/VBD/attack Rohan/NNP",
                "root -1 5", "nsubj 5 0", "nmod 0 2", "case 2 1", "conj 2 4", "cc 4 3", "obj 5 6");
    }

    @Test
    void aCompoundSubjectWithoutATargetCodesItsMembersWithEachOther() {
        assertCodings(List.of("ARN>GON:040@3", "GON>ARN:040@3"), "Arnor/NNP and/CC Gondor/NNP met/VBD/meet", "root -1 3", "nsubj 3 0", "conj 0 2", "cc 2 1");
    }

    @Test
    void theInheritedSubjectOfAnOpenComplementIsTheSource() {
        assertCodings(List.of("ARN>GON:190@3"), "Arnor/NNP decided/VBD/decide to/TO attack/VB Gondor/NNP",
                "root -1 1", "nsubj 1 0", "xcomp 1 3", "mark 3 2", "obj 3 4");
    }

    @Test
    void discardedAndUnparsedSentencesAreNotCoded() {
        var chess = parsed("Arnor/NNP attacked/VBD/attack Gondor/NNP at/IN the/DT chess/NN olympiad/NN",
                "root -1 1", "nsubj 1 0", "obj 1 2", "obl 1 6", "case 6 3", "det 6 4", "compound 6 5");
        assertTrue(matcher.discard(chess).isPresent());
        assertEquals(List.of(), codings(chess));
        var plain = parsed("Arnor/NNP attacked/VBD/attack Gondor/NNP", "root -1 1", "nsubj 1 0", "obj 1 2");
        assertEquals(List.of("ARN>GON:190@1"), codings(plain));
        var unparsed = new AnnotatedSentence(0, plain.text(), 0, plain.end(), plain.tokens(), List.of(), List.of(), false);
        assertEquals(List.of(), codings(unparsed));
    }
}
