package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.cameo.CameoTable;

/**
 * The lexicon per root of the codebook, without CoreNLP: our own sentences, hand-parsed
 * ({@code lexicon-patterns.conllu}, whose header says the format), and the pattern that must win at
 * each one's trigger, light-verb constructions and one-actor events among them, and sport or
 * entertainment sentences where none may fit.
 */
class LexiconFamiliesTest {
    private static final PatternMatcher MATCHER = new PatternMatcher(EventLexicon.bundled(CameoTable.load()));

    record Case(String text, String trigger, String id, String cameo, String conllu) {
        @Override
        public String toString() {
            return cameo + " " + id + ": " + text;
        }
    }

    static List<Case> cases() throws IOException {
        String all;
        try (InputStream in = LexiconFamiliesTest.class.getResourceAsStream("lexicon-patterns.conllu")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        for (String block : all.split("\n\\s*\n")) {
            String expect = null;
            String text = "";
            for (String line : block.split("\n")) {
                if (line.startsWith("# expect = ")) expect = line.substring("# expect = ".length()).strip();
                if (line.startsWith("# text = ")) text = line.substring("# text = ".length()).strip();
            }
            if (expect == null) continue;
            String[] e = expect.split("\\s+");
            if (e.length != 3) throw new IllegalArgumentException("want '# expect = TRIGGER ID CAMEO': " + expect);
            out.add(new Case(text, e[0], e[1].equals("-") ? "" : e[1], e[2].equals("-") ? "" : e[2], block));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExpectedPatternWinsAtTheTrigger(Case c) {
        ParseView view = HandParses.view(c.conllu());
        assertEquals(c.text(), view.sentence().text(), "the parse spells its text");
        List<PatternMatch> fits = MATCHER.at(view, HandParses.token(view, c.trigger()));
        assertEquals(c.id(), fits.isEmpty() ? "" : fits.get(0).pattern().id());
        assertEquals(c.cameo(), fits.isEmpty() ? "" : fits.get(0).pattern().cameo());
    }
}
