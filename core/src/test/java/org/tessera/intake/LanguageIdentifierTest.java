package org.tessera.intake;

import org.junit.jupiter.api.Test;
import org.tessera.testkit.TestLanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageIdentifierTest {
    private final LanguageIdentifier id = new LanguageIdentifier();

    @Test
    void tellsEnglishRussianAndGermanApart() {
        assertEquals(TestLanguage.ENGLISH, id.identify("The harbour council agreed on Tuesday to reopen the northern pier after a long dispute."));
        assertEquals("ru", id.identify("Городской совет во вторник согласился вновь открыть северный причал после долгого спора."));
        assertEquals("de", id.identify("Der Hafenrat hat am Dienstag beschlossen, den nördlichen Pier nach langem Streit wieder zu öffnen."));
    }

    @Test
    void tooShortIsUndetermined() {
        assertEquals("und", id.identify("Ok"));
        assertEquals("und", id.identify("  12 345 "));
    }
}
