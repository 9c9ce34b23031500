package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.server.DemoArticles;
import org.tessera.testkit.SharedNlp;

/**
 * The demo store ({@code tessera demo}'s built-in articles through the real pipeline, shared
 * CoreNLP) exported to GDELT 2.0 and every row checked against the published layout. Prints the
 * columns no row fills, which are where our export still lacks what GDELT could give.
 */
class GdeltLayoutIT {
    @TempDir
    Path tmp;

    @Test
    void everyRowOfTheDemoStoresExportFitsGdelts2Layout() throws Exception {
        Path out = tmp.resolve("gdelt");
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            Ingester.Report r = new Ingester(store, SharedNlp.locatingPipeline(), 1).run(DemoArticles.all(), quiet, false, id -> {
            });
            assertEquals(DemoArticles.names().size(), r.added());
            new Exporter(store).gdelt(out);
            // The Parquet export carries the actors' places too (kept in the JSON line, not in columns).
            Path pq = tmp.resolve("events.parquet");
            new Exporter(store).parquet(pq);
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement s = c.createStatement()) {
                java.sql.ResultSet rs = s.executeQuery("SELECT count(source.place.name), count(*) FILTER (WHERE source.place.type = 4), "
                        + "count(location.admin1) FROM read_parquet('" + pq + "')");
                rs.next();
                assertTrue(rs.getLong(1) > 0 && rs.getLong(2) > 0 && rs.getLong(3) > 0,
                        "places in Parquet: " + rs.getLong(1) + " placed sources, " + rs.getLong(2) + " in a city, " + rs.getLong(3) + " divisions");
            }
        }
        List<String> events = Files.readAllLines(out.resolve("events.tsv"));
        List<String> mentions = Files.readAllLines(out.resolve("mentions.tsv"));
        assertTrue(events.size() >= DemoArticles.names().size(), events.size() + " events");
        GdeltLayout layout = GdeltLayout.bundled();
        assertEquals(List.of(), layout.exportProblems(events, mentions));
        // Tone is no placeholder: the demo's events do not all share one value.
        assertTrue(events.stream().map(l -> l.split("\t", -1)[34]).distinct().count() > 1, "every AvgTone alike");
        report(layout, "events", events);
        report(layout, "mentions", mentions);
        java.util.Set<String> sources = new java.util.HashSet<>();
        for (String l : events) {
            String[] f = l.split("\t", -1);
            if (sources.add(f[60]))
                System.out.println("event " + f[0] + " " + f[5] + " " + f[26] + " " + f[15] + " AvgTone=" + f[34] + " " + f[60]);
        }
    }

    private static void report(GdeltLayout layout, String table, List<String> lines) {
        List<String> empty = new ArrayList<>();
        for (GdeltLayout.Column c : layout.columns(table))
            if (lines.stream().allMatch(l -> l.split("\t", -1)[c.position() - 1].isEmpty())) empty.add(c.name());
        System.out.println(table + ": " + lines.size() + " rows; empty in every row: " + empty);
    }
}
