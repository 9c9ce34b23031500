package org.tessera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tessera.model.Actor;
import org.tessera.model.ActorPlaces;
import org.tessera.model.ActorRule;
import org.tessera.testkit.HandEvidence;
import org.tessera.model.CameoCode;
import org.tessera.model.DateSource;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;
import org.tessera.testkit.Contract;
import org.tessera.testkit.TestLanguage;

class EventJsonTest {
    static Event sample() {
        return new Event("a.txt", 1, "Lavrov arrived in Tokyo.", 10, 34, new PartialDate(2016, 4, 15), DateSource.TEXT,
                new Actor("Lavrov", "Sergei Lavrov", "RUS", "GOV", ActorRule.PERSON_DICTIONARY, "Sergei Lavrov"), new Actor("Tokyo", "Japan", "JPN", "GOV", ActorRule.CAPITAL, "Tokyo"),
                new Event.Action(new CameoCode("042", "Make a visit", 1.9, 1), "arrived in"), Modality.ASSERTED,
                new Location("Tokyo", "JPN", 35.69, 139.69, 1850147L), 0.8, HandEvidence.of("x"),
                new Event.EventContext("T", "http://x", TestLanguage.ENGLISH, new PartialDate(2016, 4, 16), DocumentDateOrigin.PAGE));
    }

    @Test
    void writesEveryContractFieldAndReadsItBack() throws Exception {
        EventJson json = new EventJson();
        String line = json.toLine(sample());
        JsonNode node = new ObjectMapper().readTree(line);
        assertTrue(Contract.violations(node).isEmpty(), Contract.violations(node).toString());
        assertEquals("RUSGOV", node.path("source").path("code").asText());
        assertEquals("04", node.path("event").path("root").asText());
        assertEquals("2016-04-15", node.path("date").asText());
        assertEquals(line, json.toLine(json.fromLine(line)));
    }

    @Test
    void oneActorEventsHaveANullTarget() throws Exception {
        Event e = sample();
        Event noTarget = new Event(e.doc(), e.article(), e.sentence(), e.spanStart(), e.spanEnd(), null, DateSource.UNKNOWN,
                e.source(), null, e.action(), Modality.FUTURE, null, 0.4, HandEvidence.of("y"), null);
        JsonNode node = new ObjectMapper().readTree(new EventJson().toLine(noTarget));
        assertTrue(node.path("target").isNull());
        assertTrue(node.path("date").isNull());
        assertTrue(Contract.violations(node).isEmpty(), Contract.violations(node).toString());
    }

    @Test
    void carriesThePloverReadingOfCodeAndModalityAndGivesItBackOnRereading() throws Exception {
        EventJson json = new EventJson();
        String line = json.toLine(sample());
        JsonNode plover = new ObjectMapper().readTree(line).path("plover");
        assertEquals("CONSULT", plover.path("type").asText());
        assertEquals("visit", plover.path("mode").asText());
        assertTrue(plover.path("context").isArray() && plover.path("context").isEmpty(), plover.toString());
        assertEquals(line, json.toLine(json.fromLine(line)));

        Event e = sample();
        Event futureArrest = new Event(e.doc(), e.article(), "Police will detain the leaders.", 0, 31, null, DateSource.UNKNOWN,
                e.source(), e.target(), new Event.Action(new CameoCode("173", "Arrest, detain, or charge with legal action", -5.0, 4), "detain"),
                Modality.FUTURE, null, 0.5, HandEvidence.of("z"), e.context());
        String arrestLine = json.toLine(futureArrest);
        JsonNode p = new ObjectMapper().readTree(arrestLine).path("plover");
        assertEquals("COERCE", p.path("type").asText());
        assertEquals("arrest", p.path("mode").asText());
        assertEquals("[\"legal\",\"future\"]", p.path("context").toString());
        assertEquals(arrestLine, json.toLine(json.fromLine(arrestLine)));
    }

    @Test
    void ploverIsNullForStatementsAndModeNullWhereTheCodeHasNone() throws Exception {
        Event e = sample();
        Event statement = new Event(e.doc(), e.article(), e.sentence(), e.spanStart(), e.spanEnd(), null, DateSource.UNKNOWN,
                e.source(), null, new Event.Action(new CameoCode("010", "Make statement", 0.0, 1), "said"), Modality.ASSERTED, null, 0.5,
                HandEvidence.of("s"), null);
        JsonNode node = new ObjectMapper().readTree(new EventJson().toLine(statement));
        assertTrue(node.has("plover") && node.path("plover").isNull(), node.toString());
        Event fight = new Event(e.doc(), e.article(), e.sentence(), e.spanStart(), e.spanEnd(), null, DateSource.UNKNOWN,
                e.source(), e.target(), new Event.Action(new CameoCode("190", "Use conventional military force", -10.0, 4), "attacked"),
                Modality.ASSERTED, null, 0.5, HandEvidence.of("f"), null);
        JsonNode f = new ObjectMapper().readTree(new EventJson().toLine(fight)).path("plover");
        assertEquals("ASSAULT", f.path("type").asText());
        assertTrue(f.has("mode") && f.path("mode").isNull(), f.toString());
        assertEquals("[\"military\"]", f.path("context").toString());
    }

    @Test
    void actorPlacesAndLocationTypesRoundTrip() throws Exception {
        Location moscow = new Location("Moscow", "RUS", 55.75, 37.62, 524901L, "48", 4);
        Location japan = new Location("Japan", "JPN", 36.0, 138.0, null, "", 1);
        Event e = sample().withActorPlaces(new ActorPlaces(moscow, japan));
        EventJson json = new EventJson();
        String line = json.toLine(e);
        JsonNode node = new ObjectMapper().readTree(line);
        assertTrue(Contract.violations(node).isEmpty(), Contract.violations(node).toString());
        assertEquals("48", node.path("source").path("place").path("admin1").asText());
        assertEquals(1, node.path("target").path("place").path("type").asInt());
        Event back = json.fromLine(line);
        assertEquals(new ActorPlaces(moscow, japan), back.actorPlaces());
        // A record written before places were kept reads back with none and an untyped location.
        String old = line.replace(",\"admin1\":\"\",\"type\":0", "").replaceAll(",\"place\":\\{[^}]*\\}", "");
        assertEquals(ActorPlaces.NONE, json.fromLine(old).actorPlaces());
        assertEquals(0, json.fromLine(old).location().type());
    }
}
