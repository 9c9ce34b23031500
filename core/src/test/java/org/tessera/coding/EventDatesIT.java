package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.Article;
import org.tessera.model.DateSource;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.Event;
import org.tessera.model.PartialDate;
import org.tessera.testkit.SharedNlp;
import org.tessera.testkit.TestLanguage;

/** Event dates come from the sentence when it has one, resolved against the article date, else from the article. */
class EventDatesIT {
    private static final PartialDate ARTICLE = new PartialDate(2016, 5, 10);

    private static Event only(String text) {
        Article a = new Article("dates", 0, "", text, 0, ARTICLE, DocumentDateOrigin.PAGE, TestLanguage.ENGLISH, "");
        List<Event> events = SharedNlp.pipeline().code(a).events();
        assertFalse(events.isEmpty(), "no event in: " + text);
        return events.get(0);
    }

    @Test
    void anExplicitDayIsResolvedAgainstTheArticleYear() {
        Event e = only("On April 15, Russian Foreign Minister Sergei Lavrov arrived in Tokyo.");
        assertEquals(DateSource.TEXT, e.dateSource());
        assertEquals("2016-04-15", e.date().toString());
    }

    @Test
    void aRelativeSeasonGivesTheYearOnly() {
        Event e = only("Last summer the European Union imposed sanctions on Belarus.");
        assertEquals(DateSource.TEXT, e.dateSource());
        assertEquals("2015", e.date().toString());
    }

    @Test
    void aMonthAndYearKeepTheirPrecision() {
        Event e = only("In November 2013, Japan held talks with Russia.");
        assertEquals(DateSource.TEXT, e.dateSource());
        assertEquals("2013-11", e.date().toString());
    }

    @Test
    void withoutATimeExpressionTheArticleDateStands() {
        Event e = only("Lukashenko criticized Moscow over the gas price.");
        assertEquals(DateSource.DOCUMENT, e.dateSource());
        assertEquals(ARTICLE, e.date());
    }

    @Test
    void aDateModifyingANounIsNotTheEventDate() {
        Event e = only("Japan accused Russia of violating the 1956 declaration.");
        assertEquals(DateSource.DOCUMENT, e.dateSource());
    }
}
