package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.Pipeline;
import org.tessera.testkit.SharedNlp;

/**
 * Copies of an article coded in an earlier run, over real CoreNLP: after a restart (new store and
 * pipeline objects on the same folder) a repost under another URL and a near-copy with a new
 * headline and footer are not annotated, join the original's story as mentions with their own
 * URLs and dates, and leave the store exactly as annotating them in full does.
 */
class CopyReuseIT {
    private static final String BODY = "Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Sochi on Friday. "
            + "Russia agreed to lend Belarus 500 million dollars, officials in Minsk said after the talks. "
            + "Lukashenko thanked Moscow for its support and promised closer military cooperation along the western border.";
    private static final String ORIGINAL = "https://minsk-courier.example/politics/sochi-talks";
    private static final String REPOST = "https://aggregator.example/2021/05/29/sochi";
    private static final String NEAR_COPY = "https://www.eastwire.example/world/2021/05/30/lukashenko-loan";

    @TempDir
    Path tmp;

    private static RawDocument jsonl(String id, String url, String date, String title, String text) {
        String line = "{\"url\":\"" + url + "\",\"date\":\"" + date + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}\n";
        return new RawDocument(id, id + ".jsonl", line.getBytes(StandardCharsets.UTF_8), "application/x-ndjson",
                Instant.parse("2021-06-01T00:00:00Z"));
    }

    private static final List<RawDocument> FIRST_RUN = List.of(
            jsonl("original", ORIGINAL, "2021-05-28", "Lukashenko and Putin meet in Sochi", BODY + "\\nShare this story with your friends."));
    private static final List<RawDocument> SECOND_RUN = List.of(
            jsonl("repost", REPOST, "2021-05-29", "Lukashenko and Putin meet in Sochi", BODY + "\\nShare this story with your friends."),
            jsonl("near-copy", NEAR_COPY, "2021-05-30", "Moscow lends Minsk half a billion",
                    BODY + "\\nCopyright East Wire 2021. Republication without permission is prohibited."));

    /** Runs one ingest with a fresh store object and pipeline on {@code db}; returns the pipeline, for its counters. */
    private static Pipeline ingest(Path db, List<RawDocument> docs, Function<Ingester, Ingester> how) {
        Pipeline pipeline = SharedNlp.pipeline();
        try (EventStore store = EventStore.open(db)) {
            Ingester.Report r = how.apply(new Ingester(store, pipeline, 2))
                    .run(docs, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, id -> {
                    });
            assertEquals(docs.size(), r.added(), "every document stored");
            assertEquals(0, r.failed());
        }
        return pipeline;
    }

    @Test
    void copiesAfterARestartAreNotAnnotatedAndStoreWhatAnnotatingThemStores() {
        Path db = tmp.resolve("reused");
        assertEquals(1, ingest(db, FIRST_RUN, i -> i).articlesAnnotated());
        Pipeline second = ingest(db, SECOND_RUN, i -> i);
        assertEquals(0, second.articlesAnnotated(), "no CoreNLP for the copies");
        assertEquals(2, second.copiesReused());

        try (EventStore store = EventStore.openExisting(db)) {
            List<List<String>> articles = store.query("articles", "SELECT url, CAST(pub_date AS VARCHAR), story_id FROM articles ORDER BY article_id",
                    ps -> {
                    }, rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
            assertEquals(List.of(List.of(ORIGINAL, "2021-05-28", "0"), List.of(REPOST, "2021-05-29", "0"), List.of(NEAR_COPY, "2021-05-30", "0")),
                    articles, "one story, each article with its own URL and date");
            List<StoredEvent> events = store.events(EventQuery.all());
            assertFalse(events.isEmpty(), "the article has events");
            for (StoredEvent e : events) {
                assertEquals(0, e.storyId());
                assertEquals(3, e.numArticles(), "each event mentioned by the original and both copies");
                List<StoredMention> ms = store.mentions(e.id());
                assertEquals(List.of(ORIGINAL, REPOST, NEAR_COPY), ms.stream().map(StoredMention::url).toList());
                if (BODY.contains(e.event().sentence()))
                    assertTrue(ms.stream().allMatch(m -> m.spanStart() >= 0), "a body sentence is found in every copy: " + ms);
            }
        }

        // Annotating the copies in full (the way before) stores the same rows.
        Path full = tmp.resolve("annotated");
        ingest(full, FIRST_RUN, Ingester::annotatingCopies);
        Pipeline annotating = ingest(full, SECOND_RUN, Ingester::annotatingCopies);
        assertEquals(2, annotating.articlesAnnotated());
        assertEquals(0, annotating.copiesReused());
        try (EventStore a = EventStore.openExisting(db); EventStore b = EventStore.openExisting(full)) {
            assertEquals(b.codingRows(), a.codingRows());
        }
    }
}
