package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.cameo.CameoTable;
import org.tessera.cameo.PloverCrosswalk;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.DateSource;
import org.tessera.model.Event;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;
import org.tessera.testkit.HandEvidence;

class PloverFormatTest {
    private final CameoTable cameo = CameoTable.load();
    private final PloverFormat format = new PloverFormat(PloverCrosswalk.load());

    private StoredEvent stored(String code, Modality modality, Actor target) {
        Event e = new Event("riga.txt", 0, "Latvian police detained two activists in Riga on Monday.", 0, 56, new PartialDate(2024, 3, 4),
                DateSource.TEXT, new Actor("Latvian police", "", "LVA", "COP", ActorRule.COUNTRY, "Latvian"), target,
                new Event.Action(cameo.get(code), "detained"), modality, null, 0.7, HandEvidence.of("p"),
                new Event.EventContext("Arrests in Riga", "", "en", new PartialDate(2024, 3, 5), null));
        return new StoredEvent(42, e, 40, 0, 1, 1, 1, "riga.txt", Instant.EPOCH);
    }

    @Test
    void writesTheArrestAsACoerceRecordWithPolecatsFields() throws Exception {
        Actor activists = new Actor("two activists", "", "LVA", "ACT", ActorRule.COUNTRY, "Latvian");
        JsonNode o = new ObjectMapper().readTree(format.line(stored("173", Modality.ASSERTED, activists)).orElseThrow());
        assertEquals("42", o.path("event_id").asText());
        assertEquals("40", o.path("story_id").asText());
        assertEquals("2024-03-04", o.path("event_date").asText());
        assertEquals("2024-03-05", o.path("story_date").asText());
        assertEquals("COERCE", o.path("event_type").asText());
        assertEquals("arrest", o.path("event_mode").asText());
        assertEquals("[\"legal\"]", o.path("contexts").toString());
        assertEquals("Latvian police", o.path("actor_name").asText(), "no canonical name: the words of the text");
        assertEquals("COP", o.path("actor_sector").asText());
        assertEquals("LVAACT", o.path("recipient_code").asText());
        assertEquals("detained", o.path("trigger_text").asText());
        assertTrue(o.path("url").isNull(), "a file without a URL");
        assertTrue(o.path("latitude").isNull());
        assertEquals("173", o.path("cameo").asText());
        assertEquals("riga.txt", o.path("doc").asText());
    }

    @Test
    void aOneActorEventHasNullRecipientFields() throws Exception {
        JsonNode o = new ObjectMapper().readTree(format.line(stored("190", Modality.FUTURE, null)).orElseThrow());
        assertEquals("ASSAULT", o.path("event_type").asText());
        assertEquals("[\"military\",\"future\"]", o.path("contexts").toString());
        assertTrue(o.has("recipient_country") && o.path("recipient_country").isNull(), o.toString());
    }

    @Test
    void negatedEventsAndStatementsAndAppealsAreNotPloverRecords() {
        assertEquals(Optional.empty(), format.line(stored("173", Modality.NEGATED, null)));
        assertEquals(Optional.empty(), format.line(stored("010", Modality.ASSERTED, null)));
        assertEquals(Optional.empty(), format.line(stored("0243", Modality.ASSERTED, null)));
        assertTrue(format.line(stored("173", Modality.REPORTED, null)).isPresent());
    }
}
