package org.tessera.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.store.SourceLedger.Validators;

/** The fetcher against a local site: manners (agent, robots, 304, host delay) and every hostile answer, each one clear error. */
class WatchFetcherTest {
    private static final long LIMIT = 2L << 20;

    private final LocalSite site = new LocalSite();
    private final Fetcher fetcher = new Fetcher(FetchSettings.defaults().withPageLimit(LIMIT).withPoliteness(Duration.ZERO, 2)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));

    WatchFetcherTest() throws java.io.IOException {
    }

    @AfterEach
    void close() {
        fetcher.close();
        site.close();
    }

    private URI at(String path) {
        return URI.create(site.url(path));
    }

    private String failure(String path) {
        return assertThrows(FetchException.class, () -> fetcher.get(at(path), Validators.NONE)).getMessage();
    }

    @Test
    void namesTesseraAndAsksRobotsFirst() throws Exception {
        site.page("/a.html", "text/html; charset=utf-8", "<html><body><p>Hello.</p></body></html>");
        Fetcher.Page p = fetcher.get(at("/a.html"), Validators.NONE);
        assertEquals("<html><body><p>Hello.</p></body></html>", new String(p.body(), StandardCharsets.UTF_8));
        assertEquals("/robots.txt", site.requests().get(0).path());
        assertTrue(site.requests().stream().allMatch(r -> r.userAgent().startsWith("Tessera/")), site.requests().toString());
    }

    @Test
    void anUnchangedPageCostsOne304() throws Exception {
        site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
        Fetcher.Page first = fetcher.get(at("/feed.xml"), Validators.NONE);
        assertFalse(first.notModified());
        Fetcher.Page second = fetcher.get(at("/feed.xml"), first.validators());
        assertTrue(second.notModified());
        assertEquals(0, second.body().length);
        assertEquals(2, site.requestsTo("/feed.xml"));
        assertEquals(first.validators().etag(), site.requests().get(site.requests().size() - 1).ifNoneMatch());
    }

    @Test
    void aLastModifiedDateMakesTheNextRequestConditionalToo() throws Exception {
        String stamp = "Wed, 04 Mar 2026 10:00:00 GMT";
        site.route("/dated.xml", x -> {
            if (stamp.equals(x.getRequestHeaders().getFirst("If-Modified-Since"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            x.getResponseHeaders().add("Last-Modified", stamp);
            LocalSite.send(x, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
        });
        Fetcher.Page first = fetcher.get(at("/dated.xml"), Validators.NONE);
        assertEquals(new Validators(null, stamp), first.validators());
        assertEquals(Instant.parse("2026-03-04T10:00:00Z"), first.lastModified());
        assertTrue(fetcher.get(at("/dated.xml"), first.validators()).notModified());
        assertEquals(stamp, site.requests().get(site.requests().size() - 1).ifModifiedSince());
    }

    @Test
    void noMoreThanTheCapOfRequestsToOneHostAreInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        site.route("/slow.html", x -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(300);
            // Counted out before answering: the client may send its next request as soon as this one is read.
            inFlight.decrementAndGet();
            LocalSite.send(x, 200, "text/html", "<p>slow</p>");
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Fetcher.Page>> pages = new ArrayList<>();
            for (int i = 0; i < 6; i++) pages.add(pool.submit(() -> fetcher.get(at("/slow.html"), Validators.NONE)));
            for (Future<Fetcher.Page> p : pages) assertEquals("<p>slow</p>", new String(p.get().body(), StandardCharsets.UTF_8));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get(), "six requests at once, two allowed per host");
    }

    @Test
    void theUserAgentNamesTesseraAndItsVersion() {
        assertTrue(FetchSettings.defaults().userAgent().matches("Tessera/[0-9A-Za-z.\\-]+ \\(.*robots\\.txt\\)"), FetchSettings.defaults().userAgent());
    }

    @Test
    void robotsTxtIsObeyedOnRedirectsToo() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/private/x.html", "text/html", "<p>secret</p>");
        site.route("/moved", x -> {
            x.getResponseHeaders().add("Location", "/private/x.html");
            x.sendResponseHeaders(301, -1);
        });
        FetchException e = assertThrows(FetchException.class, () -> fetcher.get(at("/private/x.html"), Validators.NONE));
        assertTrue(e.getMessage().contains("robots.txt") && e.permanent(), e.getMessage());
        assertTrue(failure("/moved").contains("disallowed by robots.txt"));
        assertEquals(0, site.requestsTo("/private/x.html"));
        assertEquals(1, site.requestsTo("/robots.txt"), "robots.txt is kept, not asked for each page");
    }

    @Test
    void redirectsAreFollowedToALimit() throws Exception {
        site.page("/final.html", "text/html", "<p>arrived</p>");
        site.route("/hop", x -> {
            x.getResponseHeaders().add("Location", site.url("/final.html"));
            x.sendResponseHeaders(302, -1);
        });
        assertEquals(at("/final.html"), fetcher.get(at("/hop"), Validators.NONE).uri());
        Hostile.redirectLoop(site, "/loop");
        assertTrue(failure("/loop").contains("redirects"), failure("/loop"));
        assertEquals(2 * (FetchSettings.defaults().maxRedirects() + 1), site.requestsTo("/loop"));
    }

    @Test
    void pagesOverTheLimitAreCutOffBeforeAndAfterInflating() throws Exception {
        Hostile.hugePage(site, "/huge.html", 50);
        assertTrue(failure("/huge.html").contains("over the limit of " + LIMIT), failure("/huge.html"));
        Hostile.gzipBomb(site, "/bomb.html", "text/html", 64);
        String bomb = failure("/bomb.html");
        assertTrue(bomb.startsWith("inflated page over the limit"), bomb);
    }

    @Test
    void aSmallGzippedPageIsInflated() throws Exception {
        Hostile.gzipBomb(site, "/small.txt", "text/plain", 1);
        byte[] body = fetcher.get(at("/small.txt"), Validators.NONE).body();
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        assertArrayEquals(spaces, body);
    }

    @Test
    void slowAndEndlessPagesTimeOut() {
        Hostile.neverEnding(site, "/endless.html");
        long t0 = System.nanoTime();
        assertTrue(failure("/endless.html").contains("not complete within 1 s"), failure("/endless.html"));
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(8).toNanos());
        Hostile.silent(site, "/silent.html", 10);
        assertTrue(failure("/silent.html").contains("no response within 1 s"), failure("/silent.html"));
    }

    @Test
    void onlyTextHtmlAndFeedsAreRead() {
        site.page("/photo.jpg", "image/jpeg", "not really a photo");
        FetchException e = assertThrows(FetchException.class, () -> fetcher.get(at("/photo.jpg"), Validators.NONE));
        assertTrue(e.getMessage().contains("content type image/jpeg") && e.permanent(), e.getMessage());
        assertTrue(Fetcher.readable("application/atom+xml"));
        assertTrue(Fetcher.readable("text/html; charset=iso-8859-1"));
        assertFalse(Fetcher.readable("application/pdf"));
    }

    @Test
    void errorsSayWhatWasWrong() throws Exception {
        assertTrue(failure("/nothing-here").contains("HTTP 404"), failure("/nothing-here"));
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        URI down = URI.create("http://127.0.0.1:" + closed + "/feed.xml");
        String m = assertThrows(FetchException.class, () -> fetcher.get(down, Validators.NONE)).getMessage();
        assertTrue(m.contains("robots.txt") && m.contains("cannot connect"), m);
    }

    @Test
    void requestsToOneHostKeepTheirDistance() throws Exception {
        site.page("/p.html", "text/html", "<p>x</p>");
        try (Fetcher polite = new Fetcher(FetchSettings.defaults().withPoliteness(Duration.ofMillis(300), 1))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 3; i++) polite.get(at("/p.html"), Validators.NONE);
            // robots.txt and three pages: four requests, three gaps of 300 ms at least
            assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(900).toNanos());
        }
    }

    @Test
    void aSitesCrawlDelayIsKept() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
        site.page("/p.html", "text/html", "<p>x</p>");
        long t0 = System.nanoTime();
        for (int i = 0; i < 3; i++) fetcher.get(at("/p.html"), Validators.NONE);
        // Our own host delay is zero here; the site's one second between pages is what holds them back.
        assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(1900).toNanos());
    }
}
