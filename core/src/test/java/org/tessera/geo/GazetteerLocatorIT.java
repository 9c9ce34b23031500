package org.tessera.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.Article;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.testkit.SharedNlp;
import org.tessera.testkit.TestLanguage;

/** Short hand-written articles through the real CoreNLP, the coder and the gazetteer locator. */
class GazetteerLocatorIT {
    private static List<Event> code(String text) {
        Article a = new Article("locator-it", 0, "", text, 0, null, null, TestLanguage.ENGLISH, "");
        List<Event> events = SharedNlp.locatingPipeline().code(a).events();
        assertFalse(events.isEmpty(), "no event coded from: " + text);
        return events;
    }

    private static Location located(String text) {
        return code(text).stream().map(Event::location).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    void arrivalInTokyoIsPlacedInTokyo() {
        Location l = located("Russian Foreign Minister Sergei Lavrov arrived in Tokyo on Monday for talks with Japan.");
        assertNotNull(l);
        assertEquals("Tokyo", l.name());
        assertEquals("JPN", l.country());
        assertEquals(1850147L, l.featureId());
    }

    @Test
    void meetingAtResidenceInSochiIsPlacedInSochi() {
        Location l = located("Vladimir Putin met Alexander Lukashenko at his residence in Sochi on Friday.");
        assertNotNull(l);
        assertEquals("Sochi", l.name());
        assertEquals("RUS", l.country());
    }

    @Test
    void talksInMinskArePlacedInMinsk() {
        Location l = located("Russia held talks with Belarus in Minsk on Tuesday.");
        assertNotNull(l);
        assertEquals("Minsk", l.name());
        assertEquals("BLR", l.country());
    }

    @Test
    void parisIsReadByTheArticle() {
        Location france = located("French officials praised the plan on Monday. "
                + "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris.");
        assertEquals("FRA", france.country());
        Location texas = located("The governor of Texas praised the plan on Monday. "
                + "American officials met Mexican diplomats in Paris on Tuesday.");
        assertEquals("USA", texas.country());
        assertEquals(33.66, texas.lat(), 0.1);
    }

    @Test
    void metonymicCapitalIsAnActorNotALocation() {
        for (Event e : code("Moscow warned Kyiv against joining NATO.")) assertNull(e.location(), e.toString());
    }

    @Test
    void noPlaceInTheTextMeansNoLocation() {
        for (Event e : code("Russia criticized Japan.")) assertNull(e.location(), e.toString());
    }

    @Test
    void datelinePlacesEventsTheSentenceDoesNot() {
        Location l = located("MINSK, May 3 (Reuters) - Belarus accused Lithuania of spying.");
        assertNotNull(l);
        assertEquals("Minsk", l.name());
    }
}
