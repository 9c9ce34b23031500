package org.tessera.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.data.TsvFile;

/** Tone over the bundled AFINN-165 list, on sentences of our own whose lexicon words are known. */
class ToneScorerTest {
    private final ToneScorer scorer = ToneScorer.afinn165();

    @Test
    void positiveWordsPerHundredWords() {
        // agreed +1, support +2, peace +2; "the", "ministers", "to" are not in the list.
        DocumentTone t = scorer.score("The ministers agreed to support peace.");
        assertEquals(new DocumentTone(6, 3, 0), t);
        assertEquals(50.0, t.tone(), 1e-9);
        assertEquals(50.0, t.positiveScore(), 1e-9);
        assertEquals(0.0, t.negativeScore(), 1e-9);
        assertEquals(50.0, t.polarity(), 1e-9);
    }

    @Test
    void aHitCountsOnceWhateverItsValence() {
        // rebels -2, killed -3 (a strong word is still one word), friendly +2; 8 words.
        DocumentTone t = scorer.score("Rebels killed people; friendly villagers sheltered the survivors.");
        assertEquals(new DocumentTone(8, 1, 2), t);
        assertEquals(-12.5, t.tone(), 1e-9);
        assertEquals(12.5, t.positiveScore(), 1e-9);
        assertEquals(25.0, t.negativeScore(), 1e-9);
        assertEquals(37.5, t.polarity(), 1e-9);
    }

    @Test
    void numbersAreNotWords() {
        assertEquals(new DocumentTone(4, 0, 1), scorer.score("In 2021, 40 people were killed."));
    }

    @Test
    void aPhraseWinsOverItsWords() {
        assertEquals(new DocumentTone(3, 1, 0), scorer.score("She was kind."));
        // "kind of" is listed with valence 0: neither positive nor negative, and "kind" is not read alone.
        assertEquals(new DocumentTone(5, 0, 0), scorer.score("It was kind of late."));
        // "can't stand" -3, in capitals and with a typographic apostrophe.
        assertEquals(new DocumentTone(4, 0, 1), scorer.score("I CAN\u2019T STAND it"));
        assertEquals(new DocumentTone(4, 0, 1), scorer.score("this does not work"));
    }

    @Test
    void aListedCompoundStaysWholeAnUnlistedOneCountsAsItsParts() {
        assertEquals(new DocumentTone(2, 0, 1), scorer.score("a cover-up"));
        // anti -1, war -2: two negative words.
        assertEquals(new DocumentTone(4, 0, 2), scorer.score("an anti-war march"));
    }

    @Test
    void layoutAndWhitespaceDoNotChangeTheTone() {
        String text = "Leaders welcomed the agreement.\n\nObservers warned of a crisis.";
        DocumentTone t = scorer.score(text);
        assertEquals(t, scorer.score(text.replace("\n\n", " ").replace(" ", "   \t")));
        // welcomed +2, agreement +1; warned -2, crisis -3; 9 words.
        assertEquals(new DocumentTone(9, 2, 2), t);
        assertEquals(0.0, t.tone(), 1e-9);
    }

    @Test
    void aTextWithoutWordsIsNeutral() {
        assertEquals(DocumentTone.NONE, scorer.score(""));
        assertEquals(DocumentTone.NONE, scorer.score("2021 - 40 %"));
        assertEquals(0.0, DocumentTone.NONE.tone());
    }

    @Test
    void theBundledListIsAfinn165() {
        assertEquals(3382, ToneLexicon.afinn165().size());
    }

    @Test
    void aBadLexiconLineNamesItsFileAndLine() throws Exception {
        var rows = TsvFile.read("bad.tsv", new java.io.ByteArrayInputStream("# header\ngood\t2\nbad\tvery\n".getBytes()),
                TsvFile.Layout.TABS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToneLexicon.read(rows));
        assertTrue(e.getMessage().startsWith("bad.tsv:3: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ToneLexicon.read(List.of(new TsvFile.Row("x.tsv", 1, List.of("w", "9")))));
    }

    @Test
    void countsMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentTone(2, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new DocumentTone(-1, 0, 0));
    }
}
