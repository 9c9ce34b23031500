package org.tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.json.EventJson;
import org.tessera.model.Event;
import org.tessera.model.RawDocument;
import org.tessera.testkit.SharedNlp;

/** A repost is coded from the first copy's annotation, with its own document on every event, and nothing else changes. */
class RepostReuseIT {
    private static final String TEXT = """
            <html><head><title>Ministers meet in Vienna</title><meta name="date" content="2023-05-04"></head><body><article>
            <h1>Ministers meet in Vienna</h1>
            <p>The foreign minister of Austria met his Hungarian counterpart in Vienna on Tuesday.</p>
            <p>Russia accused Ukraine of shelling a power station near the border.</p>
            </article></body></html>""";

    private static RawDocument page(String id) {
        return new RawDocument(id, id + ".html", TEXT.getBytes(StandardCharsets.UTF_8), "text/html", Instant.parse("2023-05-05T00:00:00Z"));
    }

    private static List<Event> events(DocumentResult r) {
        return r.articles().stream().flatMap(a -> a.events().stream()).toList();
    }

    @Test
    void theRepostReusesTheAnnotationAndCarriesItsOwnDocument() {
        Pipeline pipeline = SharedNlp.pipeline();
        assertTrue(pipeline.reusesReposts());
        DocumentResult first = pipeline.process(page("original"));
        assertEquals(0, pipeline.repostsReused());
        DocumentResult repost = pipeline.process(page("repost"));
        assertEquals(1, pipeline.repostsReused());

        List<Event> a = events(first), b = events(repost);
        assertFalse(a.isEmpty(), "the page has events");
        assertEquals(a.size(), b.size());
        assertTrue(b.stream().allMatch(e -> e.doc().equals("repost")), "the repost's own document id");
        // Apart from the document, exactly what annotating it afresh gives.
        EventJson json = new EventJson();
        Pipeline fresh = SharedNlp.pipeline();
        List<Event> c = events(fresh.process(page("repost")));
        assertEquals(0, fresh.repostsReused());
        assertEquals(c.stream().map(json::toLine).toList(), b.stream().map(json::toLine).toList());
    }
}
