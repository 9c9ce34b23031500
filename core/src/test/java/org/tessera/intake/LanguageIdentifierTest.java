package org.tessera.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.testkit.TestLanguage;

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

    /**
     * Headlines and one-sentence articles in plain English: the detector's first guess for several
     * of them is another language by a hair (Swedish, Polish, Italian, German), so they must come
     * out English or undetermined, never another language — the pipeline codes "und" as its
     * default language.
     */
    @Test
    void shortEnglishTextsAreNeverLabelledAnotherLanguage() {
        for (String text : List.of(
                "Sudanese troops shelled the border town.", // taken for Swedish before
                "The minister resigned.", // undetermined before: fewer than 20 letters
                "Iran denied the report.",
                "Sudan closes border crossing",
                "Protesters storm parliament in Kiev",
                "Rebels free hostages in the south",
                "Toronto beat Boston 3-1 in Game 4.",
                "NATO allies met in Brussels.",
                "Police arrested twelve protesters in the capital on Sunday.",
                "Ankara recalls ambassador from Vienna"))
            assertTrue(Set.of(TestLanguage.ENGLISH, "und").contains(id.identify(text)), text + ": " + id.identify(text));
    }

    @Test
    void clearParagraphsInOtherLanguagesKeepTheirLanguage() {
        assertEquals("fr", id.identify("Le gouvernement a annoncé mardi un nouveau plan pour réduire le chômage des jeunes dans les "
                + "régions du nord, après plusieurs mois de négociations avec les syndicats et les maires des villes concernées."));
        assertEquals("de", id.identify("Die Regierung hat am Dienstag einen neuen Plan vorgestellt, mit dem die Arbeitslosigkeit junger "
                + "Menschen im Norden des Landes gesenkt werden soll. Die Gewerkschaften begrüßten den Vorschlag vorsichtig."));
        assertEquals("ru", id.identify("Правительство во вторник объявило о новом плане по снижению безработицы среди молодёжи в "
                + "северных регионах после нескольких месяцев переговоров с профсоюзами и мэрами городов."));
    }
}
