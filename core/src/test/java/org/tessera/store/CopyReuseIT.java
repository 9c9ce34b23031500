package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
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

    /** One article as a line of JSON Lines, read through the real intake as {@code ingest} reads a file. */
    private static String line(String url, String date, String title, String text) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("url", url).put("date", date).put("title", title).put("text", text);
        return o.toString();
    }

    private static final List<String> FIRST_RUN = List.of(
            line(ORIGINAL, "2021-05-28", "Lukashenko and Putin meet in Sochi", BODY + "\nShare this story with your friends."));
    private static final List<String> SECOND_RUN = List.of(
            line(REPOST, "2021-05-29", "Lukashenko and Putin meet in Sochi", BODY + "\nShare this story with your friends."),
            line(NEAR_COPY, "2021-05-30", "Moscow lends Minsk half a billion",
                    BODY + "\nCopyright East Wire 2021. Republication without permission is prohibited."));

    private List<RawDocument> documents(String name, List<String> lines) throws IOException {
        Path f = Files.writeString(tmp.resolve(name + ".jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return BatchRunner.expand(List.of(f), 1_000_000, e -> {
            throw new AssertionError(e);
        });
    }

    /** Runs one ingest with a fresh store object and pipeline on {@code db}; returns the pipeline, for its counters. */
    private Pipeline ingest(Path db, String run, List<String> lines, Function<Ingester, Ingester> how) throws IOException {
        List<RawDocument> docs = documents(run, lines);
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
    void copiesAfterARestartAreNotAnnotatedAndStoreWhatAnnotatingThemStores() throws IOException {
        Path db = tmp.resolve("reused");
        assertEquals(1, ingest(db, "first", FIRST_RUN, i -> i).articlesAnnotated());
        Pipeline second = ingest(db, "second", SECOND_RUN, i -> i);
        assertEquals(0, second.articlesAnnotated(), "no CoreNLP for the copies");
        assertEquals(2, second.copiesReused());

        try (EventStore store = EventStore.openExisting(db)) {
            List<List<String>> articles = store.query("articles", "SELECT url, CAST(pub_date AS VARCHAR), story_id FROM articles ORDER BY article_id",
                    ps -> {
                    }, rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
            // Ids start at 1: the original's is its story's.
            assertEquals(List.of(List.of(ORIGINAL, "2021-05-28", "1"), List.of(REPOST, "2021-05-29", "1"), List.of(NEAR_COPY, "2021-05-30", "1")),
                    articles, "one story, each article with its own URL and date");
            List<StoredEvent> events = store.events(EventQuery.all());
            assertFalse(events.isEmpty(), "the article has events");
            for (StoredEvent e : events) {
                assertEquals(1, e.storyId());
                assertEquals(3, e.numArticles(), "each event mentioned by the original and both copies");
                List<StoredMention> ms = store.mentions(e.id());
                assertEquals(List.of(ORIGINAL, REPOST, NEAR_COPY), ms.stream().map(StoredMention::url).toList());
                if (BODY.contains(e.event().sentence()))
                    assertTrue(ms.stream().allMatch(m -> m.spanStart() >= 0), "a body sentence is found in every copy: " + ms);
            }
        }

        // Annotating the copies in full (the way before) stores the same rows.
        Path full = tmp.resolve("annotated");
        ingest(full, "first", FIRST_RUN, Ingester::annotatingCopies);
        Pipeline annotating = ingest(full, "second", SECOND_RUN, Ingester::annotatingCopies);
        assertEquals(2, annotating.articlesAnnotated());
        assertEquals(0, annotating.copiesReused());
        try (EventStore a = EventStore.openExisting(db); EventStore b = EventStore.openExisting(full)) {
            assertEquals(b.codingRows(), a.codingRows());
        }
    }
}
