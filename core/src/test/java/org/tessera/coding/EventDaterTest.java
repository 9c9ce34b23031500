package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventDaterTest {
    @Test
    void sutimeValuesBecomePartialDates() {
        assertEquals("2016-04-15", EventDater.parse("2016-04-15").orElseThrow().toString());
        assertEquals("2016-04-15", EventDater.parse("2016-04-15T10:30").orElseThrow().toString());
        assertEquals("2016-04", EventDater.parse("2016-04").orElseThrow().toString());
        assertEquals("2015", EventDater.parse("2015-SU").orElseThrow().toString());
        assertEquals("2016", EventDater.parse("2016").orElseThrow().toString());
    }

    @Test
    void vagueOrUnanchoredValuesAreNotDates() {
        for (String v : new String[]{"PAST_REF", "PRESENT_REF", "XXXX-04-15", "2016-W15", "P1D", "", "2016-13-01"})
            assertTrue(EventDater.parse(v).isEmpty(), v);
    }
}
