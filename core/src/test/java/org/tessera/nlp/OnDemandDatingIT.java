package org.tessera.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.Article;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.Event;
import org.tessera.model.PartialDate;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.Pipeline;
import org.tessera.testkit.SharedNlp;

/**
 * SUTime runs only on the sentences that got an event: their events carry the dates the text gives,
 * their time words are tagged as SUTime inside NER tagged them, and no other sentence is dated.
 */
class OnDemandDatingIT {
    private static final String TEXT = "Portugal expelled two Angolan diplomats on Tuesday. The weather in Lisbon was mild in February. "
            + "Chile will host talks with Peru next Friday.";

    @Test
    void onlyTheSentencesWithEventsAreDatedAndTheirEventsTakeTheTextsDates() {
        Pipeline p = SharedNlp.pipeline();
        Article a = new Article("dating", 0, "", TEXT, 0, PartialDate.of(LocalDate.of(2023, 5, 4)), DocumentDateOrigin.PAGE, "en", "");
        ArticleResult r = p.code(a);
        AnnotatedArticle annotated = r.annotated();
        assertEquals(3, annotated.sentences().size());
        assertTrue(annotated.sentences().get(1).times().isEmpty(), "no event, no dating: " + annotated.sentences().get(1).times());
        assertEquals("2023-05-02", annotated.sentences().get(0).times().get(0).value(), annotated.sentences().get(0).times().toString());
        assertEquals("DATE", annotated.sentences().get(0).token(6).ner(), "Tuesday is tagged as a date");
        List<Event> events = r.events();
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("PRT") && e.date().toString().equals("2023-05-02")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("CHL") && e.date().toString().equals("2023-05-12")), events.toString());
    }
}
