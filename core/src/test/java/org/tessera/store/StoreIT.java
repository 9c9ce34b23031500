package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.json.EventJson;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.testkit.SharedNlp;

/**
 * The store over real CoreNLP: six hand-written articles (one per sample line, so no two are near-copies)
 * and a hand-written repost under two sites' headers, ingested once for all tests here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreIT {
    static final int ARTICLES = 6;
    static final int DOCUMENTS = ARTICLES + 2;

    @TempDir
    static Path tmp;
    Path db;
    EventStore store;
    StoreCounts first;
    StoreCounts second;
    Path repost;

    @BeforeAll
    void ingestTheArticlesTwiceAndTheRepost() throws Exception {
        db = tmp.resolve("db");
        repost = SampleArticles.repost(tmp.resolve("repost"));
        Path articles = tmp.resolve("articles");
        SampleArticles.write(articles, ARTICLES);
        store = EventStore.open(db);
        List<RawDocument> docs = BatchRunner.expand(List.of(articles, repost), 10_000_000, e -> {
            throw new AssertionError(e);
        });
        Ingester ingester = new Ingester(store, SharedNlp.locatingPipeline(), 1);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Ingester.Report r1 = ingester.run(docs, quiet, false, id -> {
        });
        first = store.counts();
        Ingester.Report r2 = ingester.run(docs, quiet, false, id -> {
        });
        second = store.counts();
        assertEquals(DOCUMENTS, r1.added());
        assertEquals(0, r2.added());
        assertEquals(DOCUMENTS, r2.skipped());
    }

    @AfterAll
    void close() {
        if (store != null) store.close();
    }

    @Test
    void ingestingTheSameInputTwiceAddsNothing() {
        assertEquals(first, second);
        assertEquals(DOCUMENTS, first.documents());
        assertTrue(first.events() >= ARTICLES, first.toString());
        assertTrue(first.sentences() > 4 * ARTICLES, first.toString());
    }

    @Test
    void aRepostUnderAnotherHeaderIsOneStoryWithTwoMentions() {
        long repostArticles = store.query("t", "SELECT count(*) FROM articles WHERE doc_id LIKE 'https://%'", ps -> {
        }, rs -> rs.getLong(1)).get(0);
        long repostStories = store.query("t", "SELECT count(DISTINCT story_id) FROM articles WHERE doc_id LIKE 'https://%'", ps -> {
        }, rs -> rs.getLong(1)).get(0);
        assertEquals(2, repostArticles);
        assertEquals(1, repostStories);
        List<StoredEvent> events = store.events(EventQuery.all().withDyad("BLR", "RUS").withPeriod(
                java.time.LocalDate.of(2021, 5, 1), java.time.LocalDate.of(2021, 5, 31)));
        assertFalse(events.isEmpty(), "no BLR->RUS event in the repost");
        for (StoredEvent e : events) {
            assertEquals(2, e.numMentions(), e.toString());
            assertEquals(2, e.numSources(), e.toString());
            assertEquals(2, e.numArticles(), e.toString());
            assertEquals("https://minsk-courier.example/politics/sochi-talks", e.sourceUrl());
            assertEquals(2, store.mentions(e.id()).size());
        }
        // Counted once: no event was stored from the copy.
        long copyEvents = store.query("t", "SELECT count(*) FROM events e JOIN articles a USING (article_id) WHERE a.story_id <> a.article_id",
                ps -> {
                }, rs -> rs.getLong(1)).get(0);
        assertEquals(0, copyEvents);
        assertEquals(first.articles() - 1, first.stories() + skippedArticles());
    }

    private long skippedArticles() {
        return store.query("t", "SELECT count(*) FROM articles WHERE skipped IS NOT NULL", ps -> {
        }, rs -> rs.getLong(1)).get(0);
    }

    @Test
    void dyadRussiaBelarusByMonthPrintsCsvRows() {
        String out = cli("dyad", "--db", db.toString(), "RUS", "BLR", "--by", "month", "--both-directions");
        List<String> lines = out.lines().toList();
        assertEquals("period,source,target,q1,q2,q3,q4,total,goldstein_mean,goldstein_sum", lines.get(0));
        assertTrue(lines.size() > 1, out);
        for (String l : lines.subList(1, lines.size())) assertEquals(10, l.split(",").length, l);
        assertFalse(store.dyad("RUS", "BLR", Granularity.MONTH, true, null, null).isEmpty());
    }

    @Test
    void gdeltExportHas61ColumnsAndLoadsInDuckDbUnderGdeltNames() throws Exception {
        Path out = tmp.resolve("gdelt");
        long n = new Exporter(store).gdelt(out);
        assertEquals(first.events(), n);
        assertEquals(new GdeltTables(n, n, 2, 8, first.mentions()), GdeltTables.read(out));
    }

    @Test
    void jsonlExportIsTheContractLinesAndParquetLoads() throws Exception {
        String jsonl = cli("export", "--db", db.toString(), "--format", "jsonl", "-");
        List<String> lines = jsonl.lines().toList();
        assertEquals(first.events(), lines.size());
        EventJson json = new EventJson();
        for (String l : lines) assertEquals(l, json.toLine(json.fromLine(l)));
        Path pq = tmp.resolve("events.parquet");
        new Exporter(store).parquet(pq);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT count(*), count(source.code), min(event.quad) FROM read_parquet('" + pq + "')");
            rs.next();
            assertEquals(first.events(), rs.getLong(1));
            assertEquals(first.events(), rs.getLong(2));
            assertTrue(rs.getInt(3) >= 1);
        }
        String csv = cli("export", "--db", db.toString(), "--format", "csv", "-");
        assertEquals(first.events() + 1, csv.lines().count());
    }

    @Test
    void searchFindsSentencesWithTheirEvents() {
        List<SearchHit> hits = store.search("Sochi", EventQuery.all(), 10);
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(h -> !h.events().isEmpty()));
        List<SearchHit> filtered = store.search("Sochi", EventQuery.all().withActor("BLR"), 10);
        assertFalse(filtered.isEmpty());
        for (SearchHit h : filtered) assertFalse(h.events().isEmpty(), h.toString());
        assertTrue(store.search("zzzznotaword", EventQuery.all(), 10).isEmpty());
        String out = cli("search", "--db", db.toString(), "Lukashenko", "--actor", "BLR", "--limit", "3");
        assertTrue(out.contains("BLR"), out);
    }

    @Test
    void hostileSearchAndFilterTextIsDataNotSql() {
        assertTrue(store.events(EventQuery.all().withActor("RUS' OR '1'='1")).isEmpty());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> store.search("\"unclosed", EventQuery.all(), 5));
        assertTrue(store.search("Sochi", EventQuery.all().withActor("BLR\" OR actor:*"), 5).isEmpty());
    }

    @Test
    void actorsAndNetworkSummariseTheEvents() {
        List<ActorSummary> actors = store.actors();
        assertFalse(actors.isEmpty());
        assertEquals(first.events(), actors.stream().mapToLong(ActorSummary::asSource).sum());
        List<NetworkEdge> edges = store.network(null, null, 50);
        assertFalse(edges.isEmpty());
        assertTrue(edges.stream().anyMatch(e -> e.source().equals("BLR") && e.target().equals("RUS")));
    }

    /** Runs the CLI in-process and returns what it printed on stdout. */
    private synchronized String cli(String... args) {
        // One process may hold the store (Lucene's write lock): the CLI gets it while we let go.
        store.close();
        try {
            return runCli(args);
        } finally {
            store = EventStore.open(db);
        }
    }

    private static String runCli(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), "exit code of " + String.join(" ", args) + ": " + r.err());
        return r.out();
    }
}
