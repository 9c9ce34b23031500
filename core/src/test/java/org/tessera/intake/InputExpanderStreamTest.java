package org.tessera.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.RawDocument;

/** The stream entry point (used by Spark) must give what the path entry point gives for the same file. */
class InputExpanderStreamTest {
    private static final String JSONL = String.join("\n",
            "{\"url\":\"https://example.org/minsk\",\"date\":\"2023-03-02\",\"title\":\"Minsk talks\","
                    + "\"text\":\"Belarus hosted Japanese diplomats in Minsk on Thursday to discuss trade.\"}",
            "{\"url\": broken",
            "{\"title\":\"No url\",\"text\":\"The European Union urged Russia to release the detained reporters.\"}",
            "");

    private final InputExpander expander = new InputExpander();

    @Test
    void jsonLinesFromAStreamMatchTheSameFileFromAPath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("wire.jsonl");
        Files.writeString(f, JSONL);
        List<RawDocument> fromPath = new ArrayList<>();
        List<String> pathErrors = new ArrayList<>();
        expander.expand(f, fromPath::add, pathErrors::add);

        List<RawDocument> fromStream = new ArrayList<>();
        List<String> streamErrors = new ArrayList<>();
        try (InputStream in = Files.newInputStream(f)) {
            expander.expand("wire.jsonl", f.toString(), in, null, fromStream::add, streamErrors::add);
        }
        assertEquals(pathErrors, streamErrors);
        assertEquals(fromPath.size(), fromStream.size());
        for (int i = 0; i < fromPath.size(); i++) {
            assertEquals(fromPath.get(i).id(), fromStream.get(i).id());
            assertEquals(fromPath.get(i).origin(), fromStream.get(i).origin());
            assertArrayEquals(fromPath.get(i).content(), fromStream.get(i).content());
        }
        assertEquals("wire.jsonl#3", fromStream.get(1).id());
    }

    @Test
    void gzippedJsonLinesAreUnpacked() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(JSONL.getBytes(StandardCharsets.UTF_8));
        }
        List<RawDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        expander.expand("2023/wire.jsonl.gz", "s3a://bucket/2023/wire.jsonl.gz", new ByteArrayInputStream(packed.toByteArray()),
                null, docs::add, errors::add);
        assertEquals(2, docs.size());
        assertEquals("wire.jsonl.gz#3", docs.get(1).id());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("s3a://bucket/2023/wire.jsonl.gz:line2: "), errors.get(0));
    }

    @Test
    void aPlainFileKeepsItsIdTypeAndTime() {
        byte[] text = "Tokyo and Moscow agreed on Monday to resume fishing talks.".getBytes(StandardCharsets.UTF_8);
        Instant when = Instant.parse("2022-06-01T10:00:00Z");
        List<RawDocument> docs = new ArrayList<>();
        expander.expand("asia/fish.txt", "hdfs://nn/news/asia/fish.txt", new ByteArrayInputStream(text), when,
                docs::add, e -> { throw new AssertionError(e); });
        assertEquals(1, docs.size());
        RawDocument d = docs.get(0);
        assertEquals("asia/fish.txt", d.id());
        assertEquals("text/plain", d.mediaType());
        assertEquals(when, d.modified());
        assertArrayEquals(text, d.content());
    }

    @Test
    void anOversizedFileIsReportedNotRead() {
        List<String> errors = new ArrayList<>();
        new InputExpander(10).expand("big.txt", "/data/big.txt", new ByteArrayInputStream(new byte[100]), null,
                d -> { throw new AssertionError("read " + d.id()); }, errors::add);
        assertEquals(List.of("/data/big.txt: over the limit of 10 bytes"), errors);
    }

    @Test
    void aFeedIsRecognisedByItsHead() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>https://example.org</link>"
                + "<description>d</description><item><title>Sanctions</title><link>https://example.org/1</link>"
                + "<description>The EU imposed new sanctions on Belarus.</description></item></channel></rss>";
        List<RawDocument> docs = new ArrayList<>();
        expander.expand("feed.xml", "/feeds/feed.xml", new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)), null,
                docs::add, e -> { throw new AssertionError(e); });
        assertEquals(1, docs.size());
        assertEquals("https://example.org/1", docs.get(0).id());
    }
}
