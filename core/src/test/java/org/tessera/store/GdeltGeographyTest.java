package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.Actor;
import org.tessera.model.ActorPlaces;
import org.tessera.model.ActorRule;
import org.tessera.model.CameoCode;
import org.tessera.model.DateSource;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;
import org.tessera.testkit.HandEvidence;

/** The geography columns of GDELT event rows: types 1 to 5, full names, ADM1 codes and feature ids. */
class GdeltGeographyTest {
    private static final Location MOSCOW = new Location("Moscow", "RUS", 55.75222, 37.61556, 524901L, "48", 4);
    private static final Location BELARUS = new Location("Belarus", "BLR", 53.7, 27.9, null, "", 1);
    private static final Location HOUSTON = new Location("Houston", "USA", 29.76328, -95.36327, 4699066L, "TX", 3);
    private static final Location TEXAS = new Location("Texas", "USA", 31.1, -97.6, null, "TX", 2);
    private static final Location CRIMEA = new Location("Crimea", "UKR", 45.3, 34.4, null, "", 5);
    private static final Location ZURICH = new Location("Zürich", "CHE", 47.36667, 8.55, 2657896L, "ZH", 4);

    private final GdeltFormat format = new GdeltFormat(FipsCodes.bundled());

    @Test
    void actorAndActionGeographyFillTheirColumns() {
        List<String> f = row(new ActorPlaces(MOSCOW, BELARUS), HOUSTON);
        assertEquals(List.of("4", "Moscow, Moscow City, Russia", "RS", "RS48", "", "55.7522", "37.6156", "524901"), geo(f, "Actor1Geo_"));
        assertEquals(List.of("1", "Belarus", "BO", "BO", "", "53.7", "27.9", "BO"), geo(f, "Actor2Geo_"));
        assertEquals(List.of("3", "Houston, Texas, United States", "US", "USTX", "", "29.7633", "-95.3633", "4699066"),
                geo(f, "ActionGeo_"));
    }

    @Test
    void stateRegionAndSwissCity() {
        assertEquals(List.of("2", "Texas, United States", "US", "USTX", "", "31.1", "-97.6", "USTX"), geo(row(ActorPlaces.NONE, TEXAS), "ActionGeo_"));
        assertEquals(List.of("5", "Crimea, Ukraine", "UP", "UP", "", "45.3", "34.4", ""), geo(row(ActorPlaces.NONE, CRIMEA), "ActionGeo_"));
        assertEquals("SZ25", geo(row(ActorPlaces.NONE, ZURICH), "ActionGeo_").get(3));
        assertEquals("Zürich, Zurich, Switzerland", geo(row(ActorPlaces.NONE, ZURICH), "ActionGeo_").get(1));
    }

    @Test
    void absentPlacesAreTypeZeroAndEmpty() {
        List<String> f = row(ActorPlaces.NONE, null);
        for (String side : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_"))
            assertEquals(List.of("0", "", "", "", "", "", "", ""), geo(f, side));
        assertEquals(GdeltFormat.EVENT_COLUMNS.size(), f.size());
    }

    @Test
    void aLocationStoredBeforeTypesWereKeptIsTypedByItsNameAndId() {
        FipsCodes fips = FipsCodes.bundled();
        assertEquals(4, GdeltFormat.geoType(new Location("Minsk", "BLR", 53.9, 27.56, 625144L), fips));
        assertEquals(3, GdeltFormat.geoType(new Location("Houston", "USA", 29.8, -95.4, 4699066L), fips));
        assertEquals(1, GdeltFormat.geoType(new Location("Russia", "RUS", 55, 40, null), fips));
        assertEquals(List.of("4", "Minsk, Belarus", "BO", "BO", "", "53.9", "27.56", "625144"),
                geo(row(ActorPlaces.NONE, new Location("Minsk", "BLR", 53.9, 27.56, 625144L)), "ActionGeo_"));
    }

    private List<String> row(ActorPlaces places, Location location) {
        Actor source = new Actor("Russia", "", "RUS", "GOV", ActorRule.COUNTRY, "t");
        Actor target = new Actor("Belarusian protesters", "", "BLR", "CVL", ActorRule.COUNTRY, "t");
        Event e = new Event("doc", 0, "Russia criticised Belarusian protesters in Houston.", 0, 10, PartialDate.parse("2024-05-02").orElseThrow(),
                DateSource.TEXT, source, target, new Event.Action(new CameoCode("111", "Criticize or denounce", -2, 3), "criticised"),
                Modality.ASSERTED, location, 0.7, HandEvidence.of("test"), null, places);
        return format.eventFields(new StoredEvent(7, e, 1, 0, 1, 1, 1, "https://example.org/a", Instant.parse("2024-05-02T10:00:00Z")), List.of());
    }

    private static List<String> geo(List<String> f, String prefix) {
        int at = GdeltFormat.EVENT_COLUMNS.indexOf(prefix + "Type");
        return f.subList(at, at + 8);
    }
}
