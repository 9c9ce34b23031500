package org.tessera.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.testkit.IngestProcess;

/**
 * Issue 17's done-when test: {@code tessera watch} in a child JVM over a feed served on 127.0.0.1
 * whose items appear in three stages; the watch is killed (SIGKILL) after a round, then again in
 * the middle of one, and started again each time; at the end every article is stored exactly once
 * with its events, and each hostile source beside the feed gave error lines naming it and stopped
 * nothing. Three children load CoreNLP (tens of seconds each).
 */
class WatchKillRestartIT {
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    @Test
    void killedAndRestartedTheWatchStoresEveryArticleOnceWithItsEvents() throws Exception {
        Path db = dir.resolve("db");
        List<NewsPages.Story> stories = NewsPages.STORIES;
        try (LocalSite site = new LocalSite()) {
            NewsPages.servePages(site, stories);
            site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            site.page("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>half a feed");
            Hostile.redirectLoop(site, "/loop.xml");
            Hostile.gzipBomb(site, "/bomb.xml", "application/rss+xml", 64);
            int down;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                down = s.getLocalPort();
            }
            String feed = site.url("/feed.xml");
            List<String> hostile = List.of(site.url("/broken.xml"), site.url("/loop.xml"), site.url("/bomb.xml"),
                    "http://127.0.0.1:" + down + "/feed.xml");
            List<String> sources = new ArrayList<>(hostile);
            sources.add(2, feed);
            List<String> outputs = new ArrayList<>();

            // Stage 1: two items; killed once its first round is done.
            site.page("/feed.xml", "application/rss+xml", NewsPages.rss(site.url(""), stories.subList(0, 2)));
            try (IngestProcess w = watch(db, sources, 0)) {
                assertTrue(w.awaitOutput(l -> l.contains(": round 1: "), PATIENCE), w.output());
                w.kill();
                outputs.add(w.output());
            }
            assertEquals(2, storedUrls(db).size(), outputs.get(0));

            // Stage 2: two more; killed right after the first of them is committed, mid-round.
            site.page("/feed.xml", "application/rss+xml", NewsPages.rss(site.url(""), stories.subList(0, 4)));
            try (IngestProcess w = watch(db, sources, 0)) {
                assertTrue(w.awaitCommitted(1, PATIENCE), w.output());
                w.kill();
                outputs.add(w.output());
            }

            // Stage 3: all six; two rounds, then it stops by itself.
            site.page("/feed.xml", "application/rss+xml", NewsPages.rss(site.url(""), stories));
            try (IngestProcess w = watch(db, sources, 2)) {
                assertEquals(0, w.waitFor(PATIENCE), w.output());
                outputs.add(w.output());
            }

            List<String> expected = stories.stream().map(s -> site.url("/news/" + s.slug())).sorted().toList();
            assertEquals(expected, storedUrls(db), String.join("\n----\n", outputs));
            assertEquals(expected, StoreTables.column(db, "SELECT doc_id FROM articles ORDER BY doc_id"));
            List<String> withEvents = StoreTables.column(db, "SELECT DISTINCT doc_id FROM events ORDER BY doc_id");
            assertEquals(expected, withEvents, "every article has its events");
            assertEquals(List.of(), StoreTables.column(db, "SELECT url FROM watch_items WHERE state <> 'stored' AND source = '" + feed + "'"));

            for (String out : outputs) {
                List<String> errors = out.lines().filter(l -> l.startsWith("tessera watch: http")).toList();
                for (String h : hostile)
                    assertTrue(errors.stream().anyMatch(l -> l.startsWith("tessera watch: " + h + ": ")), h + " in\n" + out);
                for (String e : errors)
                    assertEquals(1, hostile.stream().filter(h -> e.startsWith("tessera watch: " + h + ": ")).count(), e);
            }
            assertTrue(outputs.get(2).lines().anyMatch(l -> l.matches("tessera watch: round 1: \\d+ new, \\d+ fetched, \\d+ coded, \\d+ failed")),
                    outputs.get(2));
        }
    }

    private static IngestProcess watch(Path db, List<String> sources, int rounds) throws java.io.IOException {
        List<String> args = new ArrayList<>(List.of("watch", "--db", db.toString(), "--every", "1s", "--host-delay", "0", "--timeout", "5s",
                "--log-commits", "-q"));
        if (rounds > 0) args.addAll(List.of("--rounds", Integer.toString(rounds)));
        args.addAll(sources);
        return IngestProcess.tessera(args);
    }

    private static List<String> storedUrls(Path db) throws java.sql.SQLException {
        return StoreTables.column(db, "SELECT doc_id FROM documents ORDER BY doc_id");
    }
}
