package org.tessera.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.store.SourceLedger.Item;

/** Feeds and sitemaps to items; sources and durations as typed. */
class WatchListingTest {
    private static final URI BASE = URI.create("http://127.0.0.1:9/news/feed.xml");
    private final ListingReader reader = new ListingReader(100);

    private ListingReader.Listing read(String body, String type) throws FetchException {
        return reader.read(BASE, body.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void rssItemsKeepLinkTitleAndDateAndRelativeLinksResolve() throws FetchException {
        List<Item> items = read("""
                <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
                <item><title> Port strike ends </title><link>/news/port-strike</link><pubDate>Tue, 03 Mar 2026 08:15:00 GMT</pubDate></item>
                <item><title>No link at all</title></item>
                <item><title>Mail link</title><link>mailto:desk@wire.example</link></item>
                </channel></rss>""", "application/rss+xml").items();
        assertEquals(List.of(new Item("http://127.0.0.1:9/news/port-strike", "Port strike ends", Instant.parse("2026-03-03T08:15:00Z"))), items);
    }

    @Test
    void atomEntriesUseTheirUpdatedDateWhenNotPublished() throws FetchException {
        List<Item> items = read("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
                <entry><title>Talks resume</title><link href="http://127.0.0.1:9/a/talks"/><updated>2026-02-01T10:00:00Z</updated></entry>
                </feed>""", "application/atom+xml").items();
        assertEquals(List.of(new Item("http://127.0.0.1:9/a/talks", "Talks resume", Instant.parse("2026-02-01T10:00:00Z"))), items);
    }

    @Test
    void sitemapsAndSitemapIndexes() throws FetchException {
        ListingReader.Listing map = read("""
                <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>http://127.0.0.1:9/news/one</loc><lastmod>2026-01-05</lastmod></url>
                <url><loc>http://127.0.0.1:9/news/two</loc></url></urlset>""", "application/xml");
        assertEquals(2, map.items().size());
        assertEquals("http://127.0.0.1:9/news/one", map.items().get(0).url());
        assertEquals(Instant.parse("2026-01-05T00:00:00Z"), map.items().get(0).date());
        ListingReader.Listing index = read("""
                <?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>http://127.0.0.1:9/news/sitemap-1.xml</loc></sitemap></sitemapindex>""", "text/xml");
        assertEquals(List.of(URI.create("http://127.0.0.1:9/news/sitemap-1.xml")), index.sitemaps());
        assertEquals(List.of("http://127.0.0.1:9/a", "http://127.0.0.1:9/b"),
                read("http://127.0.0.1:9/a\nhttp://127.0.0.1:9/b\n", "text/plain").items().stream().map(Item::url).toList());
    }

    @Test
    void malformedOversizedAndEntityLadenListingsAreRefused() {
        assertTrue(assertThrows(FetchException.class, () -> read("<rss><channel><item><title>cut", "text/xml")).getMessage()
                .startsWith("not a readable feed"));
        assertTrue(assertThrows(FetchException.class, () -> read("<html><body>a page</body></html>", "text/html")).getMessage()
                .contains("neither a feed"));
        StringBuilder big = new StringBuilder("<rss version=\"2.0\"><channel><title>x</title>");
        for (int i = 0; i < 101; i++) big.append("<item><link>http://127.0.0.1:9/").append(i).append("</link></item>");
        FetchException over = assertThrows(FetchException.class, () -> read(big + "</channel></rss>", "text/xml"));
        assertEquals("lists 101 items, over the limit of 100", over.getMessage());
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThrows(FetchException.class, () -> read(xxe, "text/xml"));
    }

    @Test
    void sourcesFromArgumentsAndListFiles(@TempDir Path dir) throws Exception {
        Path drop = Files.createDirectory(dir.resolve("drop"));
        Path list = dir.resolve("feeds.txt");
        Files.writeString(list, """
                # my feeds
                https://wire.example/rss   # the agency
                
                drop
                https://wire.example/rss
                """);
        List<Source> sources = Source.parse(List.of(list.toString(), "https://paper.example/sitemap.xml"));
        assertEquals(List.of(new Source("https://wire.example/rss", Source.Kind.WEB), new Source(drop.toString(), Source.Kind.FOLDER),
                new Source("https://paper.example/sitemap.xml", Source.Kind.WEB)), sources);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Source.parse(List.of(dir.resolve("nope").toString())));
        assertTrue(bad.getMessage().contains("not a feed or sitemap URL, a folder, or a file listing sources"));
        Files.writeString(list, "ftp://old.example/feed\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Source.parse(List.of(list.toString()))).getMessage()
                .startsWith(list + ":1: "));
    }

    @Test
    void durationsAsTyped() {
        assertEquals(java.time.Duration.ofMinutes(15), Durations.parse("--every", "15m"));
        assertEquals(java.time.Duration.ofMillis(1500), Durations.parse("--every", "1.5s"));
        assertEquals(java.time.Duration.ofSeconds(20), Durations.parse("--every", "20"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("--every", "soon"));
        WatchSettings s = new WatchSettings(java.time.Duration.ofMinutes(15), 0, 1, 10, 3, java.time.Duration.ZERO, java.time.Duration.ofHours(1));
        assertEquals(List.of(15L, 30L, 60L, 60L), List.of(s.backoff(1), s.backoff(2), s.backoff(3), s.backoff(9)).stream()
                .map(java.time.Duration::toMinutes).toList());
    }
}
