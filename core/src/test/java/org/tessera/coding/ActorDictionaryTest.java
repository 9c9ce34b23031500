package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.Token;

class ActorDictionaryTest {
    private static final ActorDictionary DICT = ActorDictionary.bundled();

    private static DictionaryEntry only(String phrase, LocalDate on) {
        return ActorDictionary.best(DICT.lookup(phrase), on).orElseThrow(() -> new AssertionError("not found: " + phrase));
    }

    @Test
    void spellingsOfOneLeaderResolveAlike() {
        LocalDate d = LocalDate.of(2021, 6, 1);
        for (String n : List.of("Lukashenko", "Lukashenka", "Aleksandr Lukashenko", "Alexander Lukashenko")) {
            DictionaryEntry e = only(n, d);
            assertEquals("BLR", e.country(), n);
            assertEquals("GOV", e.role(), n);
        }
    }

    @Test
    void termsAreHonouredByDate() {
        DictionaryEntry asPm = only("Vladimir Putin", LocalDate.of(2010, 1, 1));
        DictionaryEntry asPresident = only("Vladimir Putin", LocalDate.of(2015, 1, 1));
        assertEquals("RUS", asPm.country());
        assertTrue(asPm.holdsOn(LocalDate.of(2010, 1, 1)));
        assertTrue(asPresident.holdsOn(LocalDate.of(2015, 1, 1)));
    }

    @Test
    void countriesCapitalsNationalitiesAndOrganisations() {
        assertEquals(ActorKind.CAPITAL, only("the Kremlin", null).kind());
        assertEquals("RUS", only("Kremlin", null).country());
        assertEquals(ActorKind.ADJECTIVE, only("Belarusian", null).kind());
        assertEquals("JPN", only("Japan", null).country());
        assertEquals("EU", only("European Union", null).country());
        assertEquals("NATO", only("NATO", null).country());
        assertEquals("WST", only("the West", null).country());
    }

    @Test
    void possessivesInNamesAreSplitAsTheTokenizerSplitsThem() {
        // The tokenizer writes "People's" as "People 's" and "Workers'" as "Workers '"; the dictionary must too.
        assertEquals("PRK", only("Democratic People 's Republic of Korea", null).country());
        assertEquals("CHN", only("People 's Republic of China", null).country());
        assertEquals("TUR", only("Kurdistan Workers ' Party", null).country());
        assertEquals(List.of("lord", "'s", "resistance", "army"), NameKey.words("Lord's Resistance Army"));
    }

    @Test
    void aliasKindsAreReadFromTheData() {
        assertEquals(ActorKind.COUNTRY, only("Kurdistan", null).kind());
        assertEquals("IRQ", only("Kurdistan", null).country());
        for (String adjective : List.of("Welsh", "Soviet", "Soviets", "Yugoslav", "Czechoslovak", "English"))
            assertEquals(ActorKind.ADJECTIVE, only(adjective, null).kind(), adjective);
        for (String name : List.of("Soviet Union", "Yugoslavia", "Wales", "Crimea"))
            assertEquals(ActorKind.COUNTRY, only(name, null).kind(), name);
    }

    @Test
    void findPrefersTheLongestNameAndNeedsACapital() {
        List<Token> tokens = List.of(tok(0, "The"), tok(1, "European"), tok(2, "Commission"), tok(3, "met"), tok(4, "us"));
        List<ActorDictionary.Match> m = DICT.find(tokens);
        assertEquals(1, m.size(), m.toString());
        assertEquals(1, m.get(0).start());
        assertEquals(3, m.get(0).end());
    }

    @Test
    void inferredSurnamesAreMarked() {
        List<DictionaryEntry> hata = DICT.lookup("Hata");
        assertFalse(hata.isEmpty());
        assertTrue(hata.get(0).source().endsWith(ActorDictionary.INFERRED));
    }

    /** Never before the first term; inside a term, that term; after the last, the last (a former office holder). */
    @Test
    void anOfficeHolderIsNoneBeforeHisFirstTerm() {
        assertTrue(ActorDictionary.best(DICT.lookup("Charles Michel"), LocalDate.of(2010, 1, 1)).isEmpty());
        assertEquals("EU", only("Charles Michel", LocalDate.of(2020, 1, 1)).country());
        assertTrue(ActorDictionary.best(DICT.lookup("Sergei Lavrov"), LocalDate.of(1990, 1, 1)).isEmpty());
        DictionaryEntry former = only("Boris Yeltsin", LocalDate.of(2016, 1, 1));
        assertEquals("RUS", former.country());
        assertEquals(LocalDate.of(1999, 12, 31), former.to());
    }

    /** Outside every term the nearest term still gives the person's country: the last one before, else the first to come. */
    @Test
    void theNearestTermOfAPersonOutsideHisTerms() {
        DictionaryEntry future = ActorDictionary.nearestTerm(DICT.lookup("Sergei Lavrov"), LocalDate.of(1990, 1, 1)).orElseThrow();
        assertEquals("RUS", future.country());
        assertFalse(future.holdsOn(LocalDate.of(1990, 1, 1)));
        assertEquals("ELI", future.outOfOffice().role());
        DictionaryEntry former = ActorDictionary.nearestTerm(DICT.lookup("Boris Yeltsin"), LocalDate.of(2016, 1, 1)).orElseThrow();
        assertEquals(LocalDate.of(1999, 12, 31), former.to());
        DictionaryEntry inTerm = ActorDictionary.nearestTerm(DICT.lookup("Charles Michel"), LocalDate.of(2020, 1, 1)).orElseThrow();
        assertEquals("EU", inTerm.country());
        assertTrue(inTerm.holdsOn(LocalDate.of(2020, 1, 1)));
    }

    /** "Michel" is Michel Barnier's given name, so it is nobody's bare surname (not Charles Michel's). */
    @Test
    void aGivenNameIsNoInferredSurname() {
        assertTrue(DICT.lookup("Michel").isEmpty(), DICT.lookup("Michel").toString());
        assertFalse(DICT.lookup("Barnier").isEmpty());
    }

    @Test
    void aDatedPeriodBeatsTheUndatedRow() {
        assertEquals("GOV", only("Labour", LocalDate.of(2005, 1, 1)).role());
        assertEquals("OPP", only("Labour", LocalDate.of(2012, 1, 1)).role());
        assertEquals("REB", only("Taliban", LocalDate.of(2010, 1, 1)).role());
        assertEquals("GOV", only("Taliban", LocalDate.of(2022, 1, 1)).role());
        assertEquals(ActorKind.GROUP, only("Hamas", null).kind());
        assertEquals("PSE", only("Hamas", null).country());
    }

    /** An organisation's or country-less group's own code, printed as its country, must not pass for a country's. */
    @Test
    void ownCodesAreNoCountryCodes() {
        for (String file : List.of("organisations.tsv", "groups.tsv")) {
            for (org.tessera.data.TsvFile.Row r : org.tessera.data.TsvFile.resource(ActorDictionary.BASE + file)) {
                boolean organisations = file.equals("organisations.tsv");
                String code = organisations ? r.cell(0) : r.cell(1);
                String role = organisations ? r.cell(1) : r.cell(2);
                if (organisations || role.equals("IMG") || role.equals("NGO") && !code.matches("[A-Z]{3}"))
                    assertFalse(DICT.isCountry(code), r.where() + " " + code);
            }
        }
        assertTrue(DICT.isCountry("PSE"));
        assertFalse(DICT.isCountry("AMN"));
    }

    /** The tokenizer splits hyphens ("al - Shabaab"); a lower-case particle opens such a name, but no other. */
    @Test
    void hyphenatedNamesAreFoundAsTokenized() {
        List<ActorDictionary.Match> m = DICT.find(List.of(tok(0, "al"), tok(1, "-"), tok(2, "Shabaab"), tok(3, "attacked")));
        assertEquals(1, m.size(), m.toString());
        assertEquals(3, m.get(0).end());
        assertEquals("SOM", m.get(0).entries().get(0).country());
        assertEquals(1, DICT.find(List.of(tok(0, "Al-Qaeda"))).size());
        assertTrue(DICT.find(List.of(tok(0, "the"), tok(1, "bloc"))).isEmpty());
    }

    private static Token tok(int i, String w) {
        return new Token(i, w, w.toLowerCase(), "NNP", "O", i * 10, i * 10 + w.length());
    }
}
