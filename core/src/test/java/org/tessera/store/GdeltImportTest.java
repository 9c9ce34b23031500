package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.Event;
import org.tessera.model.Modality;

/** tessera import --format gdelt on the hand-coded store's export and on a hand-made GDELT-style table (no CoreNLP). */
class GdeltImportTest {
    private static final Path HAND_MADE_EVENTS = resource("hand-made-gdelt.export.tsv");
    private static final Path HAND_MADE_MENTIONS = resource("hand-made-gdelt.mentions.tsv");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(log, true, StandardCharsets.UTF_8);

    private static Path resource(String name) {
        try {
            return Path.of(GdeltImportTest.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    private Path exportOfTheHandCodedStore() throws Exception {
        Path out = tmp.resolve("a-export");
        try (EventStore a = EventStore.open(tmp.resolve("a"))) {
            StoreFixture.fill(a);
            new Exporter(a).gdelt(out);
        }
        return out;
    }

    @Test
    void anExportImportedIntoAnotherStoreExportsAgainToTheSameBytes() throws Exception {
        Path first = exportOfTheHandCodedStore();
        Path second = tmp.resolve("b-export");
        try (EventStore b = EventStore.open(tmp.resolve("b"))) {
            GdeltImport.Result r = new GdeltImport(b, err).importFiles(first.resolve("events.tsv"), first.resolve("mentions.tsv"));
            assertEquals(new GdeltImport.Result(StoreFixture.EVENTS, 0, StoreFixture.MENTIONS, 0, 0, 0), r);
            new Exporter(b).gdelt(second);
        }
        for (String f : List.of("events.tsv", "mentions.tsv"))
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
    }

    @Test
    void importedEventsAnswerTheStoresQueriesAndTheOriginFilterSeparatesThem() throws Exception {
        Path ours = exportOfTheHandCodedStore();
        try (EventStore a = EventStore.open(tmp.resolve("a"))) {
            List<DyadPoint> coded = a.dyad("RUS", "BLR", Granularity.YEAR, false, null, null);
            new GdeltImport(a, err).importFiles(HAND_MADE_EVENTS, HAND_MADE_MENTIONS);
            assertEquals(coded, a.dyad("RUS", "BLR", Granularity.YEAR, false, null, null, Origin.CODED));
            List<DyadPoint> imported = a.dyad("RUS", "BLR", Granularity.MONTH, false, null, null, Origin.IMPORTED);
            assertEquals(1, imported.size(), imported.toString());
            assertEquals(1, imported.get(0).q1(), "RUSGOV 036 BLR, March 2024");
            assertEquals(coded.stream().mapToLong(DyadPoint::total).sum() + 1,
                    a.dyad("RUS", "BLR", Granularity.YEAR, false, null, null, Origin.ALL).stream().mapToLong(DyadPoint::total).sum());

            List<StoredEvent> list = a.events(EventQuery.all().withOrigin(Origin.IMPORTED));
            assertEquals(3, list.size());
            StoredEvent meeting = list.stream().filter(s -> s.event().action().code().code().equals("036")).findFirst().orElseThrow();
            Event e = meeting.event();
            assertEquals("RUSGOV", e.source().code());
            assertEquals("BLR", e.target().code());
            assertEquals(Modality.ASSERTED, e.modality());
            assertEquals("gdelt", e.evidence().coder());
            assertEquals("hand-made-gdelt.export.tsv:2", e.evidence().ruleOrigin(), "file and line, the header being line 1");
            assertEquals("BLR", e.location().country(), "GDELT's FIPS BO read back as ISO BLR");
            assertEquals(4, e.location().type());
            assertEquals(-825978L, e.location().featureId());
            assertEquals("RUS", e.actorPlaces().source().country());
            assertEquals(6, meeting.numMentions(), "NumMentions as GDELT counted them");
            assertEquals(3, meeting.numSources());
            assertEquals(List.of(StoreFixture.EVENTS), List.of(a.events(EventQuery.all().withOrigin(Origin.CODED)).size()));

            assertTrue(a.network(null, null, 50, Origin.IMPORTED).stream().anyMatch(n -> n.source().equals("JPN") && n.target().equals("RUS")));
            assertTrue(a.network(null, null, 50, Origin.CODED).stream().noneMatch(n -> n.source().equals("JPN") && n.target().equals("RUS")
                    && n.count() > 1), "our one JPN-RUS event, not GDELT's");

            // Our own export lines stay as they were; the imported rows follow, as read.
            Path mixed = tmp.resolve("mixed");
            new Exporter(a).gdelt(mixed);
            List<String> events = Files.readAllLines(mixed.resolve("events.tsv"));
            assertEquals(Files.readAllLines(ours.resolve("events.tsv")), events.subList(0, StoreFixture.EVENTS));
            List<String> handMade = Files.readAllLines(HAND_MADE_EVENTS);
            assertEquals(handMade.subList(1, handMade.size()), events.subList(StoreFixture.EVENTS, events.size()));
            List<String> mentions = Files.readAllLines(mixed.resolve("mentions.tsv"));
            List<String> handMentions = Files.readAllLines(HAND_MADE_MENTIONS);
            assertEquals(handMentions, mentions.subList(StoreFixture.MENTIONS, mentions.size()),
                    "mentions after their events; the one of an event not imported last");
        }
    }

    @Test
    void zippedGzippedAndHeaderlessFilesReadAlikeAndImportingAgainAddsNothing() throws Exception {
        byte[] withHeader = Files.readAllBytes(HAND_MADE_EVENTS);
        String text = new String(withHeader, StandardCharsets.UTF_8);
        byte[] headerless = text.substring(text.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8);
        Path zip = tmp.resolve("20240307000000.export.CSV.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("20240307000000.export.CSV"));
            z.write(headerless);
        }
        Path gz = tmp.resolve("events.tsv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(withHeader);
        }
        try (EventStore s = EventStore.open(tmp.resolve("s"))) {
            GdeltImport in = new GdeltImport(s, err);
            assertEquals(new GdeltImport.Result(3, 0, 0, 0, 0, 0), in.importFiles(zip, null));
            assertEquals(new GdeltImport.Result(0, 3, 0, 0, 0, 0), in.importFiles(gz, null), "the same rows, zipped or not");
            GdeltImport.Result m = in.importFiles(HAND_MADE_EVENTS, HAND_MADE_MENTIONS);
            assertEquals(new GdeltImport.Result(0, 3, 4, 0, 1, 0), m, "mentions tied to the events stored before; one has no event");
            assertEquals(new GdeltImport.Result(0, 3, 0, 4, 0, 0), in.importFiles(HAND_MADE_EVENTS, HAND_MADE_MENTIONS));
            assertEquals(3, s.counts().events());
            assertEquals(0, s.counts().mentions(), "imported mentions are GDELT's, kept apart from our articles' mentions");
        }
    }

    @Test
    void aBadRowCostsOnlyItselfAndAWrongFileIsRefusedBeforeAnythingIsStored() throws Exception {
        List<String> rows = Files.readAllLines(HAND_MADE_EVENTS);
        String[] f = rows.get(2).split("\t", -1);
        f[1] = "20240231";
        Path broken = tmp.resolve("broken.tsv");
        Files.write(broken, List.of(rows.get(1), String.join("\t", f), rows.get(3), "12\tshort row"));
        try (EventStore s = EventStore.open(tmp.resolve("s"))) {
            GdeltImport.Result r = new GdeltImport(s, err).importFiles(broken, null);
            assertEquals(2, r.events());
            assertEquals(2, r.badRows());
            String said = log.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains(broken + ":2: SQLDATE '20240231' is not a day (YYYYMMDD); row skipped"), said);
            assertTrue(said.contains(broken + ":4: 2 columns, a row of this table has 61; row skipped"), said);

            Path gdelt1 = tmp.resolve("gdelt1.csv");
            Files.writeString(gdelt1, String.join("\t", java.util.Collections.nCopies(57, "1")) + "\n");
            StoreException x = assertThrows(StoreException.class, () -> new GdeltImport(s, err).importFiles(gdelt1, null));
            assertEquals(gdelt1 + ": its first row has 57 tab-separated columns, a GDELT 2.0 events row has 61 (a GDELT 1.0 file? only 2.0 is read)",
                    x.getMessage());
            StoreException swapped = assertThrows(StoreException.class,
                    () -> new GdeltImport(s, err).importFiles(HAND_MADE_MENTIONS, null));
            assertTrue(swapped.getMessage().startsWith(HAND_MADE_MENTIONS + ": its first row has 16 tab-separated columns"), swapped.getMessage());
            StoreException missing = assertThrows(StoreException.class,
                    () -> new GdeltImport(s, err).importFiles(tmp.resolve("nope.tsv"), null));
            assertEquals(tmp.resolve("nope.tsv") + ": no such file", missing.getMessage());
            assertEquals(2, s.counts().events());
        }
    }

    @Test
    void theHandMadeTableFitsGdeltsPublishedLayout() throws Exception {
        List<String> rows = Files.readAllLines(HAND_MADE_EVENTS);
        GdeltLayout layout = GdeltLayout.bundled();
        for (String row : rows.subList(1, rows.size())) assertEquals(List.of(), layout.problems("events", row), row);
        for (String row : Files.readAllLines(HAND_MADE_MENTIONS)) assertEquals(List.of(), layout.problems("mentions", row), row);
    }
}
