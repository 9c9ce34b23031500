package org.tessera.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.store.EventStore;
import org.tessera.store.SourceLedger;

/** Rounds of a watch in this JVM, without CoreNLP: what is stored, once, and what each failure costs. */
class WatcherTest {
    @TempDir
    Path dir;

    private final LocalSite site = new LocalSite();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final List<String> committed = new CopyOnWriteArrayList<>();
    /** A round an hour: a failing source is not due again within the test. */
    private WatchSettings settings = new WatchSettings(Duration.ofHours(1), 0, 4, 1000, 3, Duration.ofSeconds(2), Duration.ofHours(6));

    WatcherTest() throws IOException {
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Path db() {
        return dir.resolve("db");
    }

    private Watcher watcher(EventStore store, String... sources) {
        FetchSettings fetch = FetchSettings.defaults().withPoliteness(Duration.ZERO, 2)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new Watcher(store, QuietEnglish::pipeline, 1, fetch, settings, Source.parse(Arrays.asList(sources)), err, committed::add);
    }

    private List<String> errorLines() {
        return errBytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("tessera watch: ") && !l.contains(": round "))
                .toList();
    }

    private List<String> storedIds() throws Exception {
        return StoreTables.column(db(), "SELECT doc_id FROM documents ORDER BY doc_id");
    }

    @Test
    void newItemsAreStoredOnceAndAnUnchangedFeedCostsOne304() throws Exception {
        List<NewsPages.Story> shown = new ArrayList<>(NewsPages.STORIES.subList(0, 2));
        NewsPages.servePages(site, NewsPages.STORIES);
        site.page("/feed.xml", "application/rss+xml", NewsPages.rss(site.url(""), shown));
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, site.url("/feed.xml"))) {
            assertEquals(new Watcher.Round(1, 2, 2, 2, 0), w.round(1));
            assertEquals(new Watcher.Round(2, 0, 0, 0, 0), w.round(2));
            assertEquals("\"" + Integer.toHexString(NewsPages.rss(site.url(""), shown).hashCode()) + "\"",
                    site.requests().stream().filter(r -> r.path().equals("/feed.xml")).reduce((a, b) -> b).orElseThrow().ifNoneMatch());
            shown.add(NewsPages.STORIES.get(2));
            site.page("/feed.xml", "application/rss+xml", NewsPages.rss(site.url(""), shown));
            assertEquals(new Watcher.Round(3, 1, 1, 1, 0), w.round(3));
        }
        // Started again on the same store: nothing is new, nothing fetched again.
        long pagesBefore = site.requests().stream().filter(r -> r.path().startsWith("/news/")).count();
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, site.url("/feed.xml"))) {
            assertEquals(new Watcher.Round(1, 0, 0, 0, 0), w.round(1));
            assertEquals(1, w.health().size());
            SourceLedger.SourceHealth h = w.health().get(0);
            assertEquals(3, h.stored());
            assertEquals(null, h.lastError());
        }
        assertEquals(pagesBefore, site.requests().stream().filter(r -> r.path().startsWith("/news/")).count());
        assertEquals(shown.stream().map(s -> site.url("/news/" + s.slug())).sorted().toList(), storedIds());
        // The item's date is the article's date when the page gives none; the title is the page's.
        assertEquals(List.of(List.of("2026-03-02", "Chile and Argentina sign fisheries pact")),
                StoreTables.rows(db(), "SELECT CAST(pub_date AS VARCHAR), title FROM articles WHERE url LIKE '%fisheries-deal' OR doc_id LIKE '%fisheries-deal'"));
        assertEquals(3, committed.size());
        assertEquals(List.of(), errorLines());
    }

    @Test
    void itemsRecordedBeforeAKillAreFetchedAfterTheRestartDespiteA304() throws Exception {
        NewsPages.servePages(site, NewsPages.STORIES);
        String feed = NewsPages.rss(site.url(""), NewsPages.STORIES.subList(0, 2));
        site.page("/feed.xml", "application/rss+xml", feed);
        String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
        try (EventStore store = EventStore.open(db()); SourceLedger ledger = new SourceLedger(store)) {
            // What a watch killed right after recording its poll leaves behind.
            ledger.recordPoll(site.url("/feed.xml"), new SourceLedger.Validators(etag, null),
                    NewsPages.STORIES.subList(0, 2).stream().map(s -> new SourceLedger.Item(site.url("/news/" + s.slug()), s.title(), null)).toList(),
                    Instant.now());
        }
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, site.url("/feed.xml"))) {
            assertEquals(new Watcher.Round(1, 0, 2, 2, 0), w.round(1));
        }
        assertEquals(2, storedIds().size());
    }

    @Test
    void anArticleStoredJustBeforeAKillIsMarkedStoredNotFetchedAgain() throws Exception {
        NewsPages.servePages(site, NewsPages.STORIES);
        site.page("/feed.xml", "application/rss+xml", NewsPages.rss(site.url(""), NewsPages.STORIES.subList(0, 2)));
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, site.url("/feed.xml"))) {
            assertEquals(new Watcher.Round(1, 2, 2, 2, 0), w.round(1));
        }
        // What a kill between a document's commit and the ledger's update leaves: the documents stored, their items pending.
        assertEquals(2, StoreTables.update(db(), "UPDATE watch_items SET state = 'pending', done_at = NULL"));
        long pages = site.requests().stream().filter(r -> r.path().startsWith("/news/")).count();
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, site.url("/feed.xml"))) {
            assertEquals(new Watcher.Round(1, 0, 0, 0, 0), w.round(1));
        }
        assertEquals(pages, site.requests().stream().filter(r -> r.path().startsWith("/news/")).count());
        assertEquals(List.of(SourceLedger.STORED, SourceLedger.STORED), StoreTables.column(db(), "SELECT state FROM watch_items"));
        assertEquals(2, storedIds().size());
    }

    @Test
    void hostileSourcesCostOnlyThemselvesOneLineEachThenBackOff() throws Exception {
        NewsPages.servePages(site, NewsPages.STORIES);
        site.page("/feed.xml", "application/rss+xml", NewsPages.rss(site.url(""), NewsPages.STORIES.subList(0, 3)));
        site.page("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>cut off");
        Hostile.redirectLoop(site, "/loop.xml");
        Hostile.hugePage(site, "/huge.xml", 50);
        Hostile.gzipBomb(site, "/bomb.xml", "application/rss+xml", 64);
        Hostile.neverEnding(site, "/endless.xml");
        site.page("/many.xml", "application/rss+xml", Hostile.feedOf(site, 100_000));
        site.page("/page.html", "text/html", "<html><body><p>Just a page, not a feed.</p></body></html>");
        Hostile.silent(site, "/slow.xml", 10);
        int down;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            down = s.getLocalPort();
        }
        List<String> hostile = List.of(site.url("/broken.xml"), site.url("/loop.xml"), site.url("/huge.xml"), site.url("/bomb.xml"),
                site.url("/endless.xml"), site.url("/many.xml"), site.url("/page.html"), site.url("/slow.xml"),
                "http://127.0.0.1:" + down + "/feed.xml");
        List<String> all = new ArrayList<>(hostile);
        all.add(1, site.url("/feed.xml"));
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, all.toArray(String[]::new))) {
            Watcher.Round r = w.round(1);
            assertEquals(new Watcher.Round(1, 3, 3, 3, hostile.size()), r, errBytes.toString(StandardCharsets.UTF_8));
            List<String> lines = errorLines();
            assertEquals(hostile.size(), lines.size(), String.join("\n", lines));
            for (String h : hostile) assertEquals(1, lines.stream().filter(l -> l.startsWith("tessera watch: " + h + ": ")).count(), h);
            assertTrue(lines.stream().anyMatch(l -> l.contains("/many.xml: lists 100000 items, over the limit of 1000")), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.contains("/slow.xml: no response within 2 s")), String.join("\n", lines));
            long requests = site.requests().size();
            // Not due again for a round: no request, no line.
            assertEquals(new Watcher.Round(2, 0, 0, 0, 0), w.round(2));
            assertEquals(requests + 1, site.requests().size());
            assertEquals("/feed.xml", site.requests().get(site.requests().size() - 1).path());
            SourceLedger.SourceHealth loop = w.health().stream().filter(h -> h.source().endsWith("/loop.xml")).findFirst().orElseThrow();
            assertTrue(loop.lastError().contains("redirects") && loop.failures() == 1 && loop.lastSuccess() == null, loop.toString());
        }
        assertEquals(3, storedIds().size());
    }

    @Test
    void aSourceFailingAgainAndAgainWaitsLongerEachTimeAndIsBackToNormalOnceItRecovers() throws Exception {
        settings = new WatchSettings(Duration.ofMillis(200), 0, 2, 100, 3, Duration.ZERO, Duration.ofMillis(800));
        boolean[] healthy = {false};
        site.route("/flaky.xml", x -> {
            if (healthy[0]) LocalSite.send(x, 200, "application/rss+xml", NewsPages.rss(site.url(""), List.of()));
            else LocalSite.send(x, 503, "text/plain", "busy");
        });
        List<Duration> waits = new ArrayList<>();
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, site.url("/flaky.xml"))) {
            // Rounds far more often than the source is due: only its back-off decides when it is asked again.
            long until = System.nanoTime() + Duration.ofMillis(2600).toNanos();
            for (int n = 1; System.nanoTime() < until; n++) {
                w.round(n);
                SourceLedger.SourceHealth h = w.health().get(0);
                if (h.failures() > waits.size()) waits.add(Duration.between(h.lastErrorAt(), h.nextAttempt()));
                Thread.sleep(20);
            }
            assertTrue(waits.size() >= 3, waits.toString());
            List<Duration> doubling = List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
            for (int i = 0; i < waits.size(); i++) assertEquals(doubling.get(Math.min(i, 2)), waits.get(i), waits.toString());
            assertEquals(waits.size(), site.requestsTo("/flaky.xml"), "one request per failure, none while waiting");
            assertEquals(waits.size(), errorLines().size(), String.join("\n", errorLines()));
            healthy[0] = true;
            Thread.sleep(850);
            w.round(1000);
            SourceLedger.SourceHealth h = w.health().get(0);
            assertEquals(List.of(0, true), List.of(h.failures(), h.lastSuccess() != null && h.nextAttempt() == null), h.toString());
        }
    }

    @Test
    void aFailingArticleIsRetriedWithBackOffAndGivenUpAfterItsAttempts() throws Exception {
        settings = new WatchSettings(Duration.ofMillis(1), 0, 2, 100, 3, Duration.ZERO, Duration.ofMillis(1));
        NewsPages.Story s = NewsPages.STORIES.get(3);
        int[] calls = {0};
        site.route("/news/" + s.slug(), x -> {
            if (calls[0]++ == 0) LocalSite.send(x, 503, "text/plain", "busy");
            else LocalSite.send(x, 200, "text/html", NewsPages.page(s));
        });
        site.page("/news/gone", "text/plain", "");
        site.route("/news/gone", x -> LocalSite.send(x, 500, "text/plain", "broken"));
        String feed = NewsPages.rss(site.url(""), List.of(s)).replace("</channel>",
                "<item><title>gone</title><link>" + site.url("/news/gone") + "</link></item></channel>");
        site.page("/feed.xml", "application/rss+xml", feed);
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, site.url("/feed.xml"))) {
            assertEquals(new Watcher.Round(1, 2, 0, 0, 2), w.round(1));
            Thread.sleep(5);
            assertEquals(new Watcher.Round(2, 0, 1, 1, 1), w.round(2));
            Thread.sleep(5);
            assertEquals(new Watcher.Round(3, 0, 0, 0, 1), w.round(3));
            Thread.sleep(5);
            assertEquals(new Watcher.Round(4, 0, 0, 0, 0), w.round(4));
        }
        assertEquals(List.of(site.url("/news/" + s.slug())), storedIds());
        assertEquals(List.of(SourceLedger.FAILED), StoreTables.column(db(), "SELECT state FROM watch_items WHERE url LIKE '%/gone'"));
        assertTrue(errorLines().get(errorLines().size() - 1).endsWith("HTTP 500 (given up)"), String.join("\n", errorLines()));
    }

    @Test
    void aSitemapIndexLeadsToItsArticles() throws Exception {
        NewsPages.servePages(site, NewsPages.STORIES);
        site.page("/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + site.url("/sitemap-news.xml") + "</loc></sitemap></sitemapindex>");
        site.page("/sitemap-news.xml", "application/xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + site.url("/news/lisbon-visit") + "</loc><lastmod>2026-03-05</lastmod></url>"
                + "<url><loc>" + site.url("/news/aid-pledge") + "</loc></url></urlset>");
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, site.url("/sitemap.xml"))) {
            assertEquals(new Watcher.Round(1, 2, 2, 2, 0), w.round(1));
        }
        assertEquals(List.of("2026-03-05"), StoreTables.column(db(), "SELECT CAST(pub_date AS VARCHAR) FROM articles WHERE doc_id LIKE '%lisbon-visit'"));
    }

    @Test
    void aDropFolderCodesNewAndChangedFilesOnceTheyHaveSettled() throws Exception {
        Path drop = Files.createDirectory(dir.resolve("drop"));
        Path a = drop.resolve("harbour.txt");
        Files.writeString(a, "Harbour workers strike in Valparaiso\n\n" + NewsPages.STORIES.get(0).body());
        Files.setLastModifiedTime(a, FileTime.from(Instant.now().minusSeconds(60)));
        Files.writeString(drop.resolve("half.html.part"), "<p>still downloading");
        Files.writeString(drop.resolve("fresh.txt"), NewsPages.STORIES.get(1).body());
        try (EventStore store = EventStore.open(db()); Watcher w = watcher(store, drop.toString())) {
            assertEquals(new Watcher.Round(1, 1, 1, 1, 0), w.round(1));
            assertEquals(List.of("harbour.txt"), storedIds());
            Files.setLastModifiedTime(drop.resolve("fresh.txt"), FileTime.from(Instant.now().minusSeconds(30)));
            assertEquals(new Watcher.Round(2, 1, 1, 1, 0), w.round(2));
            assertEquals(new Watcher.Round(3, 0, 0, 0, 0), w.round(3));
            Files.writeString(a, "Harbour strike ends\n\n" + NewsPages.STORIES.get(2).body());
            Files.setLastModifiedTime(a, FileTime.from(Instant.now().minusSeconds(10)));
            assertEquals(new Watcher.Round(4, 1, 1, 1, 0), w.round(4));
            SourceLedger.SourceHealth h = w.health().get(0);
            assertEquals(List.of(drop.toString(), 2L, 4L, 0), List.of(h.source(), h.stored(), h.polls(), h.failures()));
        }
        assertEquals(List.of("fresh.txt", "harbour.txt", "harbour.txt"), storedIds());
    }
}
