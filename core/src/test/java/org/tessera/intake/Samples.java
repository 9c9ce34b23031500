package org.tessera.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Small input files of every format, written for these tests. */
final class Samples {
    static final String STORY = "The harbour board of Port Alder agreed on Monday to rebuild the north pier before winter.";

    private Samples() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packed.toByteArray();
    }

    static byte[] html(String text) {
        return utf8("<html><head><title>Pier</title></head><body><p>" + text + "</p></body></html>");
    }

    /** One line with a URL, one without, and {@code extra} lines after them. */
    static byte[] jsonLines(String... extra) {
        StringBuilder b = new StringBuilder()
                .append("{\"url\":\"https://alder.example/pier\",\"date\":\"2022-10-03\",\"title\":\"Pier\",\"text\":\"")
                .append(STORY).append("\"}\n")
                .append("{\"title\":\"No link\",\"text\":\"Fishermen in Port Alder said the old pier had been unsafe for years.\"}\n");
        for (String line : extra) b.append(line).append('\n');
        return utf8(b.toString());
    }

    static byte[] rss(String itemText) {
        return utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Alder news</title>"
                + "<link>https://alder.example/</link><description>d</description>"
                + "<item><title>Pier</title><link>https://alder.example/pier</link>"
                + "<pubDate>Mon, 03 Oct 2022 09:00:00 GMT</pubDate><description>" + itemText + "</description></item>"
                + "<item><title>Ferry</title><description>The ferry ran late on Tuesday.</description></item>"
                + "</channel></rss>");
    }

    static byte[] atom() {
        return utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Alder news</title><id>urn:alder</id><updated>2022-10-03T09:00:00Z</updated>"
                + "<entry><title>Pier</title><link href=\"https://alder.example/pier\"/><id>urn:alder:1</id>"
                + "<updated>2022-10-03T09:00:00Z</updated><summary>" + STORY + "</summary></entry></feed>");
    }

    /** Response records, each an HTML page with the given text, and one image record between them that is not a page. */
    static byte[] warc(WarcCompression compression, String... texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression)) {
            for (int i = 0; i < texts.length; i++) {
                writer.write(response("https://alder.example/" + (i + 1), "text/html; charset=utf-8", html(texts[i])));
                if (i == 0) writer.write(response("https://alder.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static WarcResponse response(String url, String type, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(utf8("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n\r\n"));
        http.writeBytes(body);
        return new WarcResponse.Builder(URI.create(url)).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
    }
}
