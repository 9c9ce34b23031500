package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our GDELT export against GDELT 2.0's published layout, on the hand-coded store (no CoreNLP); and the layout check catching faults. */
class GdeltLayoutTest {
    private final GdeltLayout layout = GdeltLayout.bundled();

    @TempDir
    Path tmp;

    @Test
    void theLayoutNamesTheColumnsTheExportWrites() {
        assertEquals(GdeltFormat.EVENT_COLUMNS, layout.names("events"));
        assertEquals(GdeltFormat.MENTION_COLUMNS, layout.names("mentions"));
    }

    @Test
    void everyRowOfTheHandCodedStoresExportFitsTheLayout() throws Exception {
        Path out = tmp.resolve("gdelt");
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store);
            new Exporter(store).gdelt(out);
        }
        List<String> events = Files.readAllLines(out.resolve("events.tsv"));
        List<String> mentions = Files.readAllLines(out.resolve("mentions.tsv"));
        assertEquals(StoreFixture.EVENTS, events.size());
        assertEquals(StoreFixture.MENTIONS, mentions.size());
        assertEquals(List.of(), layout.exportProblems(events, mentions));
    }

    @Test
    void faultsAreFound() throws Exception {
        Path out = tmp.resolve("gdelt");
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store);
            new Exporter(store).gdelt(out);
        }
        String good = Files.readAllLines(out.resolve("events.tsv")).get(0);
        assertEquals(List.of(), layout.problems("events", good));
        assertFault(good, 26, "42", "EventCode '42' is not of type cameo-event");
        assertFault(good, 28, "4", "EventRootCode '4' is not of type cameo-root");
        assertFault(good, 1, "20240231", "is no calendar day");
        assertFault(good, 29, "4", "QuadClass 4 for root");
        assertFault(good, 29, "5", "QuadClass '5' is not of type quad");
        assertFault(good, 30, "12.5", "is outside");
        assertFault(good, 34, "", "AvgTone '' is empty");
        assertFault(good, 59, "2024011812000", "DATEADDED");
        assertFault(good, 2, "202402", "disagree");
        // A place GDELT does not know has every part empty, never 0.
        assertFault(good, 40, "0", "Actor1Geo_Lat '0' is filled for a place of type 0");
        assertTrue(layout.problems("events", good + "\textra").get(0).endsWith("62 columns, not 61"));
    }

    private void assertFault(String good, int index, String value, String expected) {
        String[] f = good.split("\t", -1);
        f[index] = value;
        List<String> p = layout.problems("events", String.join("\t", f));
        assertTrue(p.stream().anyMatch(s -> s.contains(expected)), expected + " not in " + p);
    }

    @Test
    void tablesThatDisagreeAreFound() throws Exception {
        Path out = tmp.resolve("gdelt");
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store);
            new Exporter(store).gdelt(out);
        }
        List<String> events = Files.readAllLines(out.resolve("events.tsv"));
        List<String> mentions = new ArrayList<>(Files.readAllLines(out.resolve("mentions.tsv")));
        String[] m = mentions.get(0).split("\t", -1);
        m[13] = Double.toString(Double.parseDouble(m[13]) + 1);
        mentions.set(0, String.join("\t", m));
        assertTrue(layout.exportProblems(events, mentions).stream().anyMatch(s -> s.contains("AvgTone")));
        mentions.remove(0);
        assertTrue(layout.exportProblems(events, mentions).stream().anyMatch(s -> s.contains("NumMentions")));
        String[] orphan = Arrays.copyOf(m, m.length);
        orphan[0] = "999999";
        mentions.add(String.join("\t", orphan));
        assertTrue(layout.exportProblems(events, mentions).stream().anyMatch(s -> s.contains("no such event")));
    }
}
