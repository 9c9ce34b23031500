package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.cli.ExitCodes;
import org.tessera.json.EventJson;

/** {@code tessera search}, {@code dyad} and {@code export} over a store of the hand-coded fixture; no CoreNLP. */
class StoreCliTest {
    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void fill() {
        db = tmp.resolve("db");
        // Closed again before the commands run: one process at a time may hold the store.
        try (EventStore store = EventStore.open(db)) {
            StoreFixture.fill(store);
        }
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(ExitCodes.OK, r.exitCode(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    @Test
    void searchPrintsEachMatchingSentenceWithItsEventsAndCounts() {
        List<String> lines = ok("search", "--db", db.toString(), "lend").out().lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("[1] courier-1 article 0 sentence 2 (2024-05-24) score "), lines.get(0));
        assertEquals("    Russia agreed to lend Belarus six hundred million dollars for a new power station, officials in Minsk said after the meeting.",
                lines.get(1));
        assertEquals("    event 5: RUSGOV -> BLR 071 Provide economic aid asserted [2024-05-24] mentions 2 sources 2", lines.get(2));
        String filtered = ok("search", "--db", db.toString(), "sanctions", "--actor", "BLR", "--limit", "5").out();
        assertTrue(filtered.startsWith("[1] brussels.txt article 0 sentence 1 (2024-03-21)"), filtered);
        assertTrue(filtered.contains("event 6: EU -> BLR 163"), filtered);
        assertEquals(1, filtered.lines().filter(l -> l.startsWith("[")).count(), filtered);
    }

    @Test
    void searchWithoutMatchSaysSoAndABadQueryIsAUsageError() {
        CliRun none = ok("search", "--db", db.toString(), "zzzznotaword");
        assertEquals("", none.out());
        assertEquals("tessera: no match", none.err().strip());
        CliRun bad = CliRun.of("search", "--db", db.toString(), "\"unclosed");
        assertEquals(ExitCodes.USAGE, bad.exitCode(), bad.err());
    }

    @Test
    void dyadPrintsTheSeriesAsCsv() {
        assertEquals(List.of("period,source,target,q1,q2,q3,q4,total,goldstein_mean,goldstein_sum",
                        "2024-01-01,RUS,BLR,0,1,0,0,1,8.000,8.0",
                        "2024-01-01,BLR,RUS,1,0,0,0,1,1.900,1.9",
                        "2024-05-01,RUS,BLR,0,1,0,0,1,7.400,7.4",
                        "2024-05-01,BLR,RUS,1,0,0,0,1,4.000,4.0"),
                ok("dyad", "--db", db.toString(), "RUS", "BLR", "--by", "month", "--both-directions").out().lines().toList());
        assertEquals(List.of("period,source,target,q1,q2,q3,q4,total,goldstein_mean,goldstein_sum", "2024-01-01,RUS,BLR,0,2,0,0,2,7.700,15.4"),
                ok("dyad", "--db", db.toString(), "RUS", "BLR", "--by", "year").out().lines().toList());
        CliRun bad = CliRun.of("dyad", "--db", db.toString(), "RUS", "BLR", "--by", "fortnight");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("not a period: fortnight"), bad.err());
    }

    @Test
    void importReadsAnExportIntoAnotherStoreAndDyadTellsTheOriginsApart() throws Exception {
        Path out = tmp.resolve("exported");
        ok("export", "--db", db.toString(), "--format", "gdelt", out.toString());
        Path other = tmp.resolve("other-db");
        CliRun imported = ok("import", "--db", other.toString(), "--format", "gdelt", out.resolve("events.tsv").toString(),
                out.resolve("mentions.tsv").toString());
        assertTrue(imported.err().contains("tessera import: " + StoreFixture.EVENTS + " events and " + StoreFixture.MENTIONS
                + " mentions imported into " + other), imported.err());
        CliRun again = ok("import", "--db", other.toString(), "--format", "gdelt", out.resolve("events.tsv").toString());
        assertTrue(again.err().contains("0 events and 0 mentions imported into " + other + " (" + StoreFixture.EVENTS + " events"), again.err());
        String header = "period,source,target,q1,q2,q3,q4,total,goldstein_mean,goldstein_sum";
        // GDELT's tables carry no modality: the hypothetical threat our store leaves out of the dyad reads back as having happened.
        List<String> series = List.of(header, "2024-01-01,RUS,BLR,0,2,1,0,3,2.800,8.4");
        assertEquals(series, ok("dyad", "--db", other.toString(), "RUS", "BLR", "--by", "year", "--origin", "imported").out().lines().toList());
        assertEquals(List.of(header), ok("dyad", "--db", other.toString(), "RUS", "BLR", "--by", "year", "--origin", "coded").out().lines().toList());
        assertEquals(List.of(header), ok("dyad", "--db", db.toString(), "RUS", "BLR", "--by", "year", "--origin", "imported").out().lines().toList());
        Path back = tmp.resolve("exported-again");
        ok("export", "--db", other.toString(), "--format", "gdelt", back.toString());
        for (String f : List.of("events.tsv", "mentions.tsv"))
            assertEquals(Files.readString(out.resolve(f)), Files.readString(back.resolve(f)), f);

        CliRun wrong = CliRun.of("import", "--db", other.toString(), "--format", "gdelt", out.resolve("mentions.tsv").toString());
        assertEquals(ExitCodes.FAILURE, wrong.exitCode());
        assertTrue(wrong.err().contains("mentions.tsv: its first row has 16 tab-separated columns, a GDELT 2.0 events row has 61"), wrong.err());
        CliRun format = CliRun.of("import", "--db", other.toString(), "--format", "icews", out.resolve("events.tsv").toString());
        assertEquals(ExitCodes.USAGE, format.exitCode(), format.err());
    }

    @Test
    void exportWritesCsvAndJsonlToStdoutAndGdeltToAFolder() throws Exception {
        List<String> csv = ok("export", "--db", db.toString(), "--format", "csv", "-").out().lines().toList();
        assertEquals(StoreQueryTest.CSV_HEADER, csv.get(0));
        assertEquals(StoreFixture.EVENTS + 1, csv.size());
        List<String> jsonl = ok("export", "--db", db.toString(), "--format", "jsonl", "-").out().lines().toList();
        assertEquals(StoreFixture.EVENTS, jsonl.size());
        EventJson json = new EventJson();
        for (String l : jsonl) assertEquals(l, json.toLine(json.fromLine(l)));
        Path gdelt = tmp.resolve("gdelt");
        CliRun g = ok("export", "--db", db.toString(), "--format", "gdelt", gdelt.toString());
        assertEquals("tessera: " + StoreFixture.EVENTS + " events written to " + gdelt, g.err().strip());
        assertEquals(StoreFixture.MENTIONS, GdeltTables.read(gdelt).mentions());
        assertEquals(ExitCodes.USAGE, CliRun.of("export", "--db", db.toString(), "--format", "gdelt", "-").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("export", "--db", db.toString(), "--format", "xml", "-").exitCode());
        assertTrue(Files.isRegularFile(gdelt.resolve("events.tsv")));
    }

    @Test
    void exportPloverWritesOnePolecatStyleRecordPerEventPloverCodes() throws Exception {
        CliRun r = ok("export", "--db", db.toString(), "--format", "plover", "-");
        List<String> lines = r.out().lines().toList();
        assertEquals(StoreFixture.EVENTS, lines.size(), "no fixture event is negated, a statement or an appeal");
        assertEquals("tessera: " + StoreFixture.EVENTS + " PLOVER records written", r.err().strip());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines.get(0));
        assertEquals("1", first.path("event_id").asText());
        assertEquals("SUPPORT", first.path("event_type").asText(), "057 Sign formal agreement");
        assertTrue(first.path("event_mode").isNull());
        assertEquals("[\"diplomatic\"]", first.path("contexts").toString());
        assertEquals("2024-01-18", first.path("story_date").asText());
        assertEquals("RUS", first.path("actor_country").asText());
        assertEquals("GOV", first.path("actor_sector").asText());
        assertEquals("BLR", first.path("recipient_country").asText());
        assertEquals("Minsk", first.path("placename").asText());
        assertEquals("625144", first.path("geonames_id").asText());
        assertEquals("https://minsk-daily.example/economy/gas-deal", first.path("url").asText());
        assertEquals("Russia signed an agreement with Belarus on gas prices for the coming winter.", first.path("event_text").asText());
        assertEquals("057", first.path("cameo").asText());
        JsonNode visit = mapper.readTree(lines.get(1));
        assertEquals("CONSULT", visit.path("event_type").asText());
        assertEquals("visit", visit.path("event_mode").asText());
        JsonNode loan = mapper.readTree(lines.get(4));
        assertEquals("AID", loan.path("event_type").asText(), "071 Provide economic aid");
        assertEquals(2, loan.path("num_mentions").asInt(), "the story was reposted");
        JsonNode threat = mapper.readTree(lines.get(7));
        assertEquals("THREATEN", threat.path("event_type").asText());
        assertEquals("[\"military\",\"hypothetical\"]", threat.path("contexts").toString());
        assertEquals("hypothetical", threat.path("modality").asText());
    }

    @Test
    void aReadingCommandOnAMissingStoreFailsAndCreatesNothing() {
        Path missing = tmp.resolve("no-such-store");
        for (String[] args : List.of(new String[] {"search", "--db", missing.toString(), "lend"},
                new String[] {"dyad", "--db", missing.toString(), "RUS", "BLR"},
                new String[] {"export", "--db", missing.toString(), "--format", "csv", "-"})) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitCodes.FAILURE, r.exitCode(), args[0]);
            assertTrue(r.err().contains(missing + ": no Tessera store here"), args[0] + ": " + r.err());
            assertTrue(r.err().strip().lines().count() == 1, args[0] + " says it in one line: " + r.err());
        }
        assertTrue(Files.notExists(missing), "no empty store is left behind");
    }
}
