package org.tessera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void printsAsPreciselyAsItIsKnown() {
        assertEquals("2021", PartialDate.ofYear(2021).toString());
        assertEquals("2021-05", new PartialDate(2021, 5, 0).toString());
        assertEquals("2021-05-28", new PartialDate(2021, 5, 28).toString());
    }

    @Test
    void parsesItsOwnFormsAndRejectsOthers() {
        for (String s : new String[]{"2021", "2021-05", "2021-05-28"}) assertEquals(s, PartialDate.parse(s).orElseThrow().toString());
        for (String s : new String[]{"", "21", "2021-13", "2021-02-30", "May 2021", "2021-05-28T10:00"})
            assertTrue(PartialDate.parse(s).isEmpty(), s);
    }

    @Test
    void invalidDatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2021, 0, 3));
        assertThrows(RuntimeException.class, () -> new PartialDate(2021, 2, 30));
    }

    @Test
    void ordersByTheStartOfThePeriod() {
        assertTrue(PartialDate.ofYear(2021).compareTo(new PartialDate(2021, 1, 2)) < 0);
    }
}
