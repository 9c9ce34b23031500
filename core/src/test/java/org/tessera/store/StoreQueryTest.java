package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.json.EventJson;
import org.tessera.model.Modality;
import org.tessera.store.HandCodedDocument.Coded;

/** Queries and exports of a store holding the hand-coded fixture: exact answers, no CoreNLP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreQueryTest {
    @TempDir
    static Path tmp;
    EventStore store;
    List<Coded> docs;

    @BeforeAll
    void fill() {
        docs = StoreFixture.documents();
        store = EventStore.open(tmp.resolve("db"));
        StoreFixture.fill(store, docs);
    }

    @AfterAll
    void close() {
        store.close();
    }

    private static DyadPoint point(String period, String s, String t, int q1, int q2, double goldstein) {
        return new DyadPoint(LocalDate.parse(period), s, t, q1, q2, 0, 0, q1 + q2, goldstein / (q1 + q2), goldstein);
    }

    @Test
    void dyadCountsHappenedEventsOncePerStoryInBothDirections() {
        // The repost's copy adds no events; the hypothetical threat in June is not counted.
        assertEquals(List.of(point("2024-01-01", "RUS", "BLR", 0, 1, 8.0), point("2024-01-01", "BLR", "RUS", 1, 0, 1.9),
                point("2024-05-01", "RUS", "BLR", 0, 1, 7.4), point("2024-05-01", "BLR", "RUS", 1, 0, 4.0)),
                store.dyad("RUS", "BLR", Granularity.MONTH, true, null, null));
        assertEquals(List.of(point("2024-01-01", "RUS", "BLR", 0, 1, 8.0), point("2024-04-01", "RUS", "BLR", 0, 1, 7.4)),
                store.dyad("RUS", "BLR", Granularity.QUARTER, false, null, null));
        assertEquals(List.of(point("2024-01-01", "RUSGOV", "BLR", 0, 2, 15.4)), store.dyad("RUSGOV", "BLR", Granularity.YEAR, false, null, null));
        assertEquals(List.of(point("2024-01-15", "RUS", "BLR", 0, 1, 8.0)),
                store.dyad("RUS", "BLR", Granularity.WEEK, false, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
        assertEquals(List.of(), store.dyad("RUS", "JPN", Granularity.DAY, false, null, null));
        assertEquals(List.of(new DyadPoint(LocalDate.of(2024, 2, 27), "JPN", "RUS", 0, 0, 0, 1, 1, -8.0, -8.0)),
                store.dyad("RUS", "JPN", Granularity.DAY, true, null, null), "the reverse direction alone");
    }

    @Test
    void eventFiltersSelectByQuadModalityActorAndCode() {
        assertEquals(StoreFixture.EVENTS, store.events(EventQuery.all()).size());
        assertEquals(Set.of("tokyo-sanctions.txt", "brussels.txt"), docs(store.events(EventQuery.all().withQuad(4))));
        assertEquals(Set.of("drills.txt"), docs(store.events(EventQuery.all().withModalities(Set.of(Modality.HYPOTHETICAL)))));
        assertEquals(Set.of("tokyo-sanctions.txt"), docs(store.events(EventQuery.all().withActor("JPN"))));
        assertEquals(Set.of("brussels.txt"), docs(store.events(EventQuery.all().withCode("11"))));
        List<StoredEvent> newest = store.events(EventQuery.all().withLimit(2, 0));
        assertEquals(List.of("drills.txt", "courier-1"), newest.stream().map(e -> e.event().doc()).toList());
    }

    private static Set<String> docs(List<StoredEvent> events) {
        Set<String> out = new java.util.TreeSet<>();
        events.forEach(e -> out.add(e.event().doc()));
        return out;
    }

    @Test
    void searchFindsTheSentenceAndItsEventsAndNeverTheCopy() {
        List<SearchHit> lend = store.search("lend", EventQuery.all(), 10);
        assertEquals(1, lend.size(), lend.toString());
        SearchHit h = lend.get(0);
        assertEquals("courier-1", h.doc());
        assertEquals(2, h.sentenceIndex());
        assertEquals(LocalDate.of(2024, 5, 24), h.date());
        assertEquals(List.of("071"), h.events().stream().map(e -> e.event().action().code().code()).toList());
        List<SearchHit> sanctions = store.search("sanctions", EventQuery.all().withActor("BLR"), 10);
        assertEquals(1, sanctions.size(), sanctions.toString());
        assertEquals("brussels.txt", sanctions.get(0).doc());
        assertTrue(sanctions.get(0).sentence().startsWith("The European Union imposed new sanctions on Belarus"));
        assertEquals(List.of("163"), sanctions.get(0).events().stream().map(e -> e.event().action().code().code()).toList());
        assertEquals(List.of(), store.search("Sanktionen", EventQuery.all(), 10), "a skipped article is not indexed");
        assertEquals(List.of(), store.search("Tokyo", EventQuery.all().withPeriod(LocalDate.of(2024, 3, 1), null), 10));
        assertEquals(1, store.search("Tokyo", EventQuery.all().withPeriod(LocalDate.of(2024, 2, 1), null), 10).size());
    }

    @Test
    void networkAndActorsSummariseHappenedEvents() {
        assertEquals(List.of(new NetworkEdge("BLR", "RUS", 2, 2.95), new NetworkEdge("RUS", "BLR", 2, 7.7),
                        new NetworkEdge("EU", "BLR", 1, -8.0), new NetworkEdge("EU", "RUS", 1, -2.0), new NetworkEdge("JPN", "RUS", 1, -8.0)),
                store.network(null, null, 50).stream().map(e -> new NetworkEdge(e.source(), e.target(), e.count(),
                        Math.round(e.meanGoldstein() * 100) / 100.0)).toList());
        assertEquals(StoreFixture.EVENTS, store.actors().stream().mapToLong(ActorSummary::asSource).sum());
    }

    @Test
    void gdeltExportHasOneEventRowPerEventAndOneMentionRowPerMention() throws Exception {
        Path out = tmp.resolve("gdelt");
        assertEquals(StoreFixture.EVENTS, new Exporter(store).gdelt(out));
        assertEquals(new GdeltTables(StoreFixture.EVENTS, StoreFixture.EVENTS, 2, 8, StoreFixture.MENTIONS), GdeltTables.read(out));
    }

    @Test
    void jsonlExportIsTheCodedEventsInIdOrder() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertEquals(StoreFixture.EVENTS, new Exporter(store).jsonl(buf));
        EventJson json = new EventJson();
        List<String> expected = new ArrayList<>();
        for (Coded c : docs) if (!c.raw().id().equals("eastwire-7")) c.result().events().forEach(e -> expected.add(json.toLine(e)));
        assertEquals(expected, buf.toString(StandardCharsets.UTF_8).lines().toList());
    }

    static final String CSV_HEADER = "event_id,doc,article,sentence_index,span_start,span_end,date,date_source,source_code,source_country,"
            + "source_role,source_name,source_text,target_code,target_country,target_role,target_name,target_text,cameo,root,quad,"
            + "goldstein,action_text,cameo_name,modality,location_name,location_country,location_lat,location_lon,confidence,"
            + "num_mentions,num_sources,num_articles,story_id,title,url,sentence,evidence";

    @Test
    void csvExportHasTheFlatColumnsAndCountsAndParquetTheNestedOnes() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new Exporter(store).csv(buf);
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(CSV_HEADER, lines.get(0));
        assertEquals(StoreFixture.EVENTS + 1, lines.size());
        assertEquals("1,gas-deal.txt,0,1,33,109,2024-01-18,document,RUSGOV,RUS,GOV,\"\",RUS,BLR,BLR,\"\",\"\",BLR,057,05,2,8.0,"
                + "signed an agreement with,Sign formal agreement,asserted,Minsk,BLR,53.9,27.56,0.75,1,1,1,1,Moscow and Minsk sign a gas deal,"
                + "https://minsk-daily.example/economy/gas-deal,Russia signed an agreement with Belarus on gas prices for the coming winter.,"
                + "hand=hand-coded (057) source=country:hand modality=asserted", lines.get(1));
        Path pq = tmp.resolve("events.parquet");
        new Exporter(store).parquet(pq);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT count(*), count(target.code), max(num_mentions), count(location.name) FROM read_parquet('" + pq + "')");
            rs.next();
            assertEquals(StoreFixture.EVENTS, rs.getLong(1));
            assertEquals(StoreFixture.EVENTS, rs.getLong(2), "every fixture event has a target");
            assertEquals(2, rs.getLong(3));
            assertEquals(1, rs.getLong(4));
            rs = s.executeQuery("SELECT event_id, plover.type, plover.mode, array_to_string(plover.context, '|'), len(plover.context) FROM read_parquet('"
                    + pq + "') WHERE event_id IN (2, 8) ORDER BY event_id");
            assertTrue(rs.next());
            assertEquals("CONSULT", rs.getString(2), "042 Make a visit");
            assertEquals("visit", rs.getString(3));
            assertEquals(0, rs.getInt(5), "an empty context list, not a null one");
            assertTrue(rs.next());
            assertEquals("THREATEN", rs.getString(2), "138, hypothetical");
            assertEquals("violence", rs.getString(3));
            assertEquals("military|hypothetical", rs.getString(4));
            // Actors' places and the location's division and type come from the stored JSON line.
            rs = s.executeQuery("SELECT location.name, location.type, source.place.name, target.place.type FROM read_parquet('"
                    + pq + "') WHERE event_id = 1");
            assertTrue(rs.next());
            assertEquals("Minsk", rs.getString(1));
            assertEquals(new EventJson().toLine(store.event(1).event()).contains("\"place\":{"), rs.getString(3) != null,
                    "a place in the JSON line is a place in Parquet");
        }
    }
}
