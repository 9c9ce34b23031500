package org.tessera.intake;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import org.xml.sax.InputSource;

/**
 * An RSS or Atom feed, read with Rome: {@code .rss}, {@code .atom}, or {@code .xml} whose head
 * shows a feed root. Each item becomes one page carrying its title, date and link. Rome parses the
 * whole feed in memory, so the feed as a whole must be within the page limit.
 */
final class FeedFormat implements InputFormat {
    @Override
    public boolean recognises(Input input) throws IOException {
        if (input.isFolder()) return false;
        String name = input.baseName();
        return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml") && looksLikeFeed(input.head());
    }

    @Override
    public void expand(Input input, Expansion out) throws IOException {
        byte[] bytes = out.limits().page(input.content(), input.knownSize());
        SyndFeedInput reader = new SyndFeedInput();
        // A DOCTYPE is what carries external entities (XXE); feeds have no need for one.
        reader.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            feed = reader.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            out.error(input.origin(), "not a readable feed: " + Expansion.reasonOf(e));
            return;
        }
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String link = e.getLink() == null ? "" : e.getLink().strip();
            Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String date = when == null ? "" : when.toInstant().atOffset(ZoneOffset.UTC).toString();
            out.document(new RecordPage(link.isEmpty() ? input.name() + "#" + n : link, input.origin() + "#item" + n,
                    e.getTitle(), date, link, null, body(e)).document());
        }
    }

    private static String body(SyndEntry e) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) if (c.getValue() != null) html.append(c.getValue()).append('\n');
        if (html.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null)
            html.append(e.getDescription().getValue());
        return html.toString();
    }

    private static boolean looksLikeFeed(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf");
    }
}
