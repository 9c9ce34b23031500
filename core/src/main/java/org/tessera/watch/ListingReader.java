package org.tessera.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.tessera.store.SourceLedger.Item;
import org.xml.sax.InputSource;

/**
 * What a feed or a sitemap lists: the articles' URLs with their titles and dates where given.
 * RSS and Atom are read with Rome, sitemaps (XML, a sitemap index, or a plain list of URLs) with
 * crawler-commons; which one a body is, is told by its root element, not by its URL. Neither
 * reader accepts a DOCTYPE (external entities). A listing of more than {@code maxItems} entries is
 * refused whole: a feed of 100,000 items is a mistake or an attack, not news.
 */
final class ListingReader {
    private final int maxItems;

    ListingReader(int maxItems) {
        if (maxItems < 1) throw new IllegalArgumentException("--max-items must be at least 1");
        this.maxItems = maxItems;
    }

    /** The items, and the child sitemaps when the body is a sitemap index. */
    record Listing(List<Item> items, List<URI> sitemaps) {
    }

    Listing read(URI base, byte[] body, String contentType) throws FetchException {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) return sitemap(base, body, "text/xml");
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) return feed(base, body);
        if (contentType.toLowerCase(Locale.ROOT).startsWith("text/plain")) return sitemap(base, body, "text/plain");
        throw new FetchException("neither a feed (RSS, Atom) nor a sitemap", true);
    }

    private Listing feed(URI base, byte[] body) throws FetchException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            feed = input.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (Exception e) {
            throw new FetchException("not a readable feed: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
        checkCount(feed.getEntries().size());
        List<Item> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            URI link = link(base, e.getLink());
            if (link == null) continue;
            Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            items.add(new Item(link.toString(), e.getTitle() == null ? null : e.getTitle().strip(), when == null ? null : when.toInstant()));
        }
        return new Listing(items, List.of());
    }

    private Listing sitemap(URI base, byte[] body, String type) throws FetchException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(type, body, base.toURL());
        } catch (Exception e) {
            throw new FetchException("not a readable sitemap: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
        if (map instanceof SiteMapIndex index) {
            checkCount(index.getSitemaps().size());
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                URI u = link(base, child.getUrl().toString());
                if (u != null) children.add(u);
            }
            return new Listing(List.of(), children);
        }
        List<Item> items = new ArrayList<>();
        if (map instanceof SiteMap sm) {
            checkCount(sm.getSiteMapUrls().size());
            for (SiteMapURL u : sm.getSiteMapUrls()) {
                URI link = link(base, u.getUrl().toString());
                if (link != null)
                    items.add(new Item(link.toString(), null, u.getLastModified() == null ? null : u.getLastModified().toInstant()));
            }
        }
        return new Listing(items, List.of());
    }

    /** Refuses a listing over the limit; also used for the items of a sitemap index's children together. */
    void checkCount(int n) throws FetchException {
        if (n > maxItems) throw new FetchException("lists " + n + " items, over the limit of " + maxItems, true);
    }

    /** An item's link as an absolute http(s) URL, or null when it has none. */
    private static URI link(URI base, String link) {
        if (link == null || link.isBlank()) return null;
        try {
            URI u = base.resolve(link.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
