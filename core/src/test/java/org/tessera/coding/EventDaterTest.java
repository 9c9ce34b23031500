package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.tessera.coding.HandParses.*;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.model.DateSource;
import org.tessera.model.PartialDate;

class EventDaterTest {
    private static final PartialDate ARTICLE = new PartialDate(2016, 4, 20);

    /** Sentence, trigger, article date, the event's date and where it came from. */
    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(ABE_VISITED_MOSCOW_ON_APRIL_15, "visited", ARTICLE, new PartialDate(2016, 4, 15), DateSource.TEXT),
                Arguments.of(ABE_RECALLED_THE_1956_DECLARATION, "recalled", ARTICLE, ARTICLE, DateSource.DOCUMENT),
                Arguments.of(PUTIN_HELD_TALKS_WITH_ABE, "held", ARTICLE, ARTICLE, DateSource.DOCUMENT),
                Arguments.of(PUTIN_HELD_TALKS_WITH_ABE, "held", null, null, DateSource.UNKNOWN));
    }

    @ParameterizedTest(name = "{1} in: {0}, article of {2}")
    @MethodSource("sentences")
    void dateAndItsSource(String conllu, String trigger, PartialDate article, PartialDate date, DateSource source) {
        ParseView view = view(conllu);
        assertEquals(new EventDater.Dated(date, source), EventDater.date(view, token(view, trigger), article));
    }
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
