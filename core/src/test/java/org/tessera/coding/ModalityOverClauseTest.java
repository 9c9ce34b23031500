package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tessera.model.Modality;
import org.tessera.testkit.Conllu;

/** A clause under a word of doubt has not happened, even when its own verb says it will. */
class ModalityOverClauseTest {
    private final ModalityDetector detector = ModalityDetector.bundled();

    @Test
    void aClauseUnderUnlikelyIsHypothetical() {
        ParseView v = new ParseView(Conllu.sentence("""
                1 It it PRON PRP _ 3 expl _ _
                2 's be AUX VBZ _ 3 cop _ _
                3 unlikely unlikely ADJ JJ _ 0 root _ _
                4 that that SCONJ IN _ 7 mark _ _
                5 Lukashenko Lukashenko PROPN NNP _ 7 nsubj _ NER=PERSON
                6 will will AUX MD _ 7 aux _ _
                7 back back VERB VB _ 3 ccomp _ _
                8 down down ADP RP _ 7 compound:prt _ _
                """));
        assertEquals(new ModalityReading(Modality.HYPOTHETICAL, "governor:unlikely"), detector.detect(v, 6));
    }

    @Test
    void aClauseUnderASpeechVerbIsStillReportedOrFuture() {
        ParseView v = new ParseView(Conllu.sentence("""
                1 Tokyo Tokyo PROPN NNP _ 2 nsubj _ NER=CITY
                2 said say VERB VBD _ 0 root _ _
                3 it it PRON PRP _ 5 nsubj _ _
                4 will will AUX MD _ 5 aux _ _
                5 help help VERB VB _ 2 ccomp _ _
                6 Kyiv Kyiv PROPN NNP _ 5 obj _ NER=CITY
                """));
        assertEquals(new ModalityReading(Modality.FUTURE, "aux:will"), detector.detect(v, 4));
    }
}
