package org.tessera.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tessera.model.AnnotatedSentence;

class ConlluTest {
    @Test
    void readsTokensParseNerAndTimes() {
        AnnotatedSentence s = Conllu.sentence(2, 100, """
                # text = Russia warned Kyiv on Monday.
                1 Russia Russia PROPN NNP _ 2 nsubj _ NER=COUNTRY
                2 warned warn VERB VBD _ 0 root _ _
                3 Kyiv Kyiv PROPN NNP _ 2 obj _ NER=CITY
                4 on on ADP IN _ 5 case _ _
                5 Monday Monday PROPN NNP _ 2 obl:on _ NER=DATE|Time=DATE:2021-03-08|SpaceAfter=No
                6 . . PUNCT . _ 2 punct _ _
                """);
        assertEquals("Russia warned Kyiv on Monday.", s.text());
        assertEquals(2, s.index());
        assertEquals(100, s.begin());
        assertEquals("warn", s.token(1).lemma());
        assertEquals("COUNTRY", s.token(0).ner());
        assertEquals("O", s.token(1).ner());
        assertEquals("Kyiv", s.span(2, 3));
        assertEquals(1, s.headEdge(0).governor());
        assertEquals("root", s.headEdge(1).relation());
        assertEquals(-1, s.headEdge(1).governor());
        assertEquals(1, s.times().size());
        assertEquals("2021-03-08", s.times().get(0).value());
        assertEquals(4, s.times().get(0).start());
    }

    @Test
    void refusesLinesItCannotRead() {
        assertThrows(IllegalArgumentException.class, () -> Conllu.sentence("1 Russia Russia PROPN"));
        assertThrows(IllegalArgumentException.class, () -> Conllu.sentence("2 Russia Russia PROPN NNP _ 0 root"));
    }
}
