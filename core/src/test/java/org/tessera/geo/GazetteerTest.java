package org.tessera.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.testkit.HandEvidence;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.CameoCode;
import org.tessera.model.DateSource;
import org.tessera.model.Dependency;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.Token;
import org.tessera.testkit.TestLanguage;

/** The gazetteer, resolver, dateline and locative finder without CoreNLP: parses are written by hand. */
class GazetteerTest {
    private static Gazetteer gazetteer;
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.bundled();
        resolver = new PlaceResolver(gazetteer);
    }

    @Test
    void loadsAllPlaces() {
        // Load time is a benchmark's business (see the bench command), not a unit test's.
        assertTrue(gazetteer.size() > 130_000, "size " + gazetteer.size());
    }

    @Test
    void sochiTokyoAndMinskAreWhereTheyAre() {
        assertPlace("Sochi", "RUS", 43.6, 39.7, 491422L, resolve("Sochi", null, PlaceContext.EMPTY));
        assertPlace("Tokyo", "JPN", 35.7, 139.7, 1850147L, resolve("Tokyo", null, PlaceContext.EMPTY));
        assertPlace("Minsk", "BLR", 53.9, 27.6, 625144L, resolve("Minsk", null, PlaceContext.EMPTY));
    }

    @Test
    void parisIsInFranceUnlessTheArticleIsAboutTexas() {
        assertEquals("FRA", resolve("Paris", null, PlaceContext.EMPTY).country());
        assertEquals("FRA", resolve("Paris", null, new PlaceContext(Set.of(), Set.of("FRA"), Set.of())).country());
        Place texas = resolve("Paris", null, new PlaceContext(Set.of(), Set.of("USA"), Set.of("TX")));
        assertEquals("USA", texas.country());
        assertEquals("TX", texas.admin1());
    }

    @Test
    void aFollowingStateNarrowsTheName() {
        Place p = resolve("Paris", "Texas", new PlaceContext(Set.of(), Set.of("FRA"), Set.of()));
        assertEquals("TX", p.admin1());
        assertEquals(PlaceKind.US_CITY, p.kind());
        assertEquals("USA", resolve("Moscow", "Idaho", PlaceContext.EMPTY).country());
    }

    @Test
    void actorsCountriesSettleNamesakes() {
        assertEquals("FRA", resolve("Brest", null, new PlaceContext(Set.of("FRA"), Set.of(), Set.of())).country());
        assertEquals("BLR", resolve("Brest", null, new PlaceContext(Set.of("BLR"), Set.of(), Set.of())).country());
    }

    @Test
    void aliasesCountriesStatesAndRegions() {
        assertEquals(703448L, resolve("Kiev", null, PlaceContext.EMPTY).geonameId());
        assertEquals("Genève", resolve("Geneva", null, PlaceContext.EMPTY).name());
        assertEquals("Moscow", resolve("Kremlin", null, PlaceContext.EMPTY).name());
        Place france = resolve("France", null, PlaceContext.EMPTY);
        assertEquals(PlaceKind.COUNTRY, france.kind());
        assertNull(france.geonameId());
        assertEquals(1, france.kind().gdeltType());
        assertEquals(PlaceKind.US_STATE, resolve("Texas", null, PlaceContext.EMPTY).kind());
        assertEquals("UKR", resolve("Crimea", null, PlaceContext.EMPTY).country());
        assertEquals(PlaceKind.WORLD_STATE, resolve("Crimea", null, PlaceContext.EMPTY).kind());
    }

    @Test
    void locationsTellTheirGdeltGeoType() {
        assertEquals(1, gazetteer.kindOf(resolve("France", null, PlaceContext.EMPTY).toLocation()).gdeltType());
        assertEquals(2, gazetteer.kindOf(resolve("Texas", null, PlaceContext.EMPTY).toLocation()).gdeltType());
        assertEquals(3, gazetteer.kindOf(resolve("Paris", "Texas", PlaceContext.EMPTY).toLocation()).gdeltType());
        assertEquals(4, gazetteer.kindOf(resolve("Minsk", null, PlaceContext.EMPTY).toLocation()).gdeltType());
        assertEquals(5, gazetteer.kindOf(resolve("Crimea", null, PlaceContext.EMPTY).toLocation()).gdeltType());
    }

    @Test
    void untaggedNamesMustBeSizeableCities() {
        assertTrue(resolver.resolve("Tokyo", null, PlaceContext.EMPTY, false).isPresent());
        assertTrue(resolver.resolve("Parliament", null, PlaceContext.EMPTY, false).isEmpty());
        assertTrue(resolver.resolve("", null, PlaceContext.EMPTY, true).isEmpty());
        assertTrue(resolver.resolve("Xyzzyville", null, PlaceContext.EMPTY, true).isEmpty());
    }

    @Test
    void datelinesAreRead() {
        assertEquals(new Dateline("MINSK", null), Dateline.find("MINSK, May 3 (Reuters) - Belarus said...").orElseThrow());
        assertEquals(new Dateline("TOKYO", null), Dateline.find("Japan protests\n\nTOKYO — Japan lodged a protest").orElseThrow());
        assertEquals(new Dateline("PARIS", "Texas"), Dateline.find("PARIS, Texas (AP) — The mayor said").orElseThrow());
        assertEquals(new Dateline("ST. PETERSBURG", null), Dateline.find("ST. PETERSBURG, June 2, 2023 - Putin").orElseThrow());
        assertTrue(Dateline.find("Russia - the biggest country - said on Monday").isEmpty());
        assertTrue(Dateline.find("Lavrov arrived in Tokyo on Monday.").isEmpty());
        assertTrue(Dateline.find(null).isEmpty());
    }

    @Test
    void locatorPlacesMeetingInMinskFromHandWrittenParse() {
        // Putin met Lukashenko in Minsk .
        AnnotatedSentence s = sentence(new String[][]{
                {"Putin", "NNP", "PERSON"}, {"met", "VBD", "O"}, {"Lukashenko", "NNP", "PERSON"},
                {"in", "IN", "O"}, {"Minsk", "NNP", "CITY"}, {".", ".", "O"}},
                new int[][]{{1, 0}, {-1, 1}, {1, 2}, {4, 3}, {1, 4}, {1, 5}},
                new String[]{"nsubj", "root", "obj", "case", "obl", "punct"});
        Location l = locate(s, 1, actor("Putin", "RUS"), actor("Lukashenko", "BLR"));
        assertEquals("Minsk", l.name());
        assertEquals("BLR", l.country());
        assertEquals(625144L, l.featureId());
    }

    @Test
    void metonymicCapitalIsNoLocation() {
        // Moscow warned Kyiv .
        AnnotatedSentence s = sentence(new String[][]{
                {"Moscow", "NNP", "CITY"}, {"warned", "VBD", "O"}, {"Kyiv", "NNP", "CITY"}, {".", ".", "O"}},
                new int[][]{{1, 0}, {-1, 1}, {1, 2}, {1, 3}},
                new String[]{"nsubj", "root", "obj", "punct"});
        assertNull(locate(s, 1, actor("Moscow", "RUS"), actor("Kyiv", "UKR")));
    }

    @Test
    void nameInsideAnActorPhraseIsNoLocation() {
        // the embassy in Tokyo protested .
        AnnotatedSentence s = sentence(new String[][]{
                {"the", "DT", "O"}, {"embassy", "NN", "O"}, {"in", "IN", "O"}, {"Tokyo", "NNP", "CITY"},
                {"protested", "VBD", "O"}, {".", ".", "O"}},
                new int[][]{{1, 0}, {4, 1}, {3, 2}, {1, 3}, {-1, 4}, {4, 5}},
                new String[]{"det", "nsubj", "case", "nmod", "root", "punct"});
        assertNull(locate(s, 4, actor("the embassy in Tokyo", "RUS"), null));
    }

    @Test
    void neverThrowsOnJunk() {
        AnnotatedSentence empty = new AnnotatedSentence(0, "", 0, 0, List.of(), List.of(), List.of(), false);
        GazetteerLocator locator = new GazetteerLocator(gazetteer);
        assertNull(locator.locate(event(actor("X", "RUS"), null), empty, 5, null));
        assertNull(locator.locate(null, null, -1, null));
        assertTrue(LocativeFinder.bundled().find(empty, 0).isEmpty());
    }

    private static Place resolve(String name, String qualifier, PlaceContext ctx) {
        Optional<Place> p = resolver.resolve(name, qualifier, ctx, true);
        assertTrue(p.isPresent(), name + " not resolved");
        return p.get();
    }

    private static void assertPlace(String name, String iso3, double lat, double lon, Long id, Place p) {
        assertEquals(name, p.name());
        assertEquals(iso3, p.country());
        assertEquals(lat, p.lat(), 0.1);
        assertEquals(lon, p.lon(), 0.1);
        assertEquals(id, p.geonameId());
        assertFalse(p.kind() == PlaceKind.COUNTRY);
    }

    private static Location locate(AnnotatedSentence s, int trigger, Actor source, Actor target) {
        Article a = new Article("doc", 0, "", s.text(), 0, null, null, TestLanguage.ENGLISH, "");
        AnnotatedArticle art = new AnnotatedArticle(a, List.of(s), List.of());
        return new GazetteerLocator(gazetteer).locate(event(source, target), s, trigger, art);
    }

    private static Event event(Actor source, Actor target) {
        CameoCode code = new CameoCode("040", "Consult", 1.0, 1);
        return new Event("doc", 0, "s", 0, 1, null, DateSource.UNKNOWN, source, target, new Event.Action(code, "met"),
                Modality.ASSERTED, null, 0.5, HandEvidence.of("gazetteer"), null);
    }

    private static Actor actor(String text, String country) {
        return new Actor(text, text, country, "GOV", ActorRule.COUNTRY, "test");
    }

    private static AnnotatedSentence sentence(String[][] words, int[][] edges, String[] rels) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) text.append(' ');
            int b = text.length();
            text.append(words[i][0]);
            tokens.add(new Token(i, words[i][0], words[i][0], words[i][1], words[i][2], b, text.length()));
        }
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < edges.length; i++) deps.add(new Dependency(edges[i][0], edges[i][1], rels[i]));
        return new AnnotatedSentence(0, text.toString(), 0, text.length(), tokens, deps, List.of(), true);
    }
}
