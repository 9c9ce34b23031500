package org.tessera.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.Article;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.PartialDate;
import org.tessera.model.RawDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputExpanderTest {
    private final List<RawDocument> docs = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final InputExpander expander = new InputExpander();

    @Test
    void jsonLinesWithABrokenLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"url\":\"https://example.org/a\",\"date\":\"2021-09-21\",\"title\":\"Dam <finished> & opened\","
                        + "\"text\":\"The river authority opened the new dam on Tuesday after four years of work on the site.\\n\\n"
                        + "Engineers said the reservoir would fill within two months if the rains come as expected.\"}",
                "{\"url\": broken",
                "{\"title\":\"No url\",\"text\":\"Farmers in the valley welcomed the dam and said the water would help the harvest this year.\"}",
                ""));
        expander.expand(f, docs::add, errors::add);
        assertEquals(2, docs.size());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith(f + ":line2: "), errors.get(0));
        assertEquals("https://example.org/a", docs.get(0).id());
        assertEquals("feed.jsonl#3", docs.get(1).id());

        Article a = new Intake(IntakeOptions.defaults()).clean(docs.get(0)).articles().get(0);
        assertEquals("Dam <finished> & opened", a.title());
        assertEquals(new PartialDate(2021, 9, 21), a.date());
        assertEquals(DocumentDateOrigin.PAGE, a.dateOrigin());
        assertEquals("https://example.org/a", a.url());
        assertEquals(3, a.text().split("\n\n").length);
    }

    @Test
    void rssWithExternalEntityIsNotExpanded(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRETVALUE");
        Path f = dir.resolve("news.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><link>https://example.org</link><description>d</description>"
                + "<item><title>Leak &xxe;</title><link>https://example.org/1</link><description>&xxe;</description></item>"
                + "</channel></rss>");
        expander.expand(f, docs::add, errors::add);
        for (RawDocument d : docs) assertFalse(new String(d.content(), StandardCharsets.UTF_8).contains("TOPSECRETVALUE"));
        assertEquals(1, docs.size() + errors.size());
    }

    @Test
    void rssItemsBecomeDocumentsWithDates(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("news.rss");
        Files.writeString(f, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>https://example.org</link>"
                + "<description>d</description>"
                + "<item><title>Dam opened</title><link>https://example.org/1</link><pubDate>Tue, 21 Sep 2021 10:00:00 GMT</pubDate>"
                + "<description>&lt;p&gt;The river authority opened the new dam on Tuesday after four years of work on the "
                + "site near the old mill.&lt;/p&gt;</description></item>"
                + "<item><title>Second</title><link>https://example.org/2</link><description>Short.</description></item>"
                + "</channel></rss>");
        expander.expand(f, docs::add, errors::add);
        assertEquals(List.of(), errors);
        assertEquals(2, docs.size());
        Article a = new Intake(IntakeOptions.defaults()).clean(docs.get(0)).articles().get(0);
        assertEquals("Dam opened", a.title());
        assertEquals(new PartialDate(2021, 9, 21), a.date());
        assertEquals("https://example.org/1", docs.get(0).id());
    }

    @Test
    void folderIsWalkedSortedSkippingHiddenFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("sub/a.html"), "<p>a</p>");
        Files.writeString(dir.resolve(".hidden.txt"), "h");
        Files.writeString(dir.resolve(".git/config"), "c");
        expander.expand(dir, docs::add, errors::add);
        assertEquals(List.of("b.txt", "sub/a.html".replace('/', java.io.File.separatorChar)),
                docs.stream().map(RawDocument::id).toList());
        assertEquals("text/html", docs.get(1).mediaType());
        assertTrue(docs.get(0).modified() != null);
    }

    @Test
    void truncatedWarcYieldsEarlierRecordsAndOneError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("crawl.warc");
        try (var out = Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var writer = new org.netpreserve.jwarc.WarcWriter(out)) {
            for (int i = 1; i <= 2; i++) {
                byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Page " + i
                        + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
                writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://example.org/" + i))
                        .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, http).build());
            }
        }
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, all.length - 40));
        expander.expand(f, docs::add, errors::add);
        assertEquals(List.of("https://example.org/1"), docs.stream().map(RawDocument::id).toList());
        assertEquals(1, errors.size(), errors.toString());
    }
}
