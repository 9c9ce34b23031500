package org.tessera.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordClassesTest {
    private enum Colour { DARK_RED, BLUE }

    private static List<TsvFile.Row> rows(String text, TsvFile.Layout layout) throws IOException {
        return TsvFile.read("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), layout);
    }

    @Test
    void aWordHasAllTheClassesOfItsLine() throws IOException {
        WordClasses<Colour> c = WordClasses.read(rows("# header\nWine\tdark-red|blue\nsky\tblue\n", TsvFile.Layout.TABS), Colour.class);
        assertTrue(c.is("wine", Colour.DARK_RED));
        assertTrue(c.is("WINE", Colour.BLUE));
        assertTrue(c.is("sky", Colour.BLUE));
        assertFalse(c.is("sky", Colour.DARK_RED));
        assertFalse(c.is("grass", Colour.BLUE));
    }

    @Test
    void unknownClassesAndRepeatedWordsNameTheirLine() throws IOException {
        var unknown = assertThrows(IllegalArgumentException.class, () -> WordClasses.read(rows("sky\tblue\n\ngrass\tgreen\n", TsvFile.Layout.TABS), Colour.class));
        assertTrue(unknown.getMessage().startsWith("t.tsv:3: unknown class 'green'"), unknown.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> WordClasses.read(rows("sky\tblue\nsky\tdark-red\n", TsvFile.Layout.TABS), Colour.class));
        assertTrue(twice.getMessage().startsWith("t.tsv:2: 'sky' is listed twice"), twice.getMessage());
    }

    @Test
    void wordsLayoutSplitsAtSpacesAndDropsTrailingComments() throws IOException {
        List<TsvFile.Row> r = rows("# head\n\na   b\tc  # note\n   # indented comment\nd\n", TsvFile.Layout.WORDS);
        assertEquals(2, r.size());
        assertEquals(List.of("a", "b", "c"), r.get(0).cells());
        assertEquals("t.tsv:3", r.get(0).where());
        assertEquals(List.of("d"), r.get(1).cells());
        assertEquals(List.of("a   b", "c  # note"), rows("a   b\tc  # note\n", TsvFile.Layout.TABS).get(0).cells());
    }
}
