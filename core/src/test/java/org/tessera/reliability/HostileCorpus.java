package org.tessera.reliability;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the hostile inputs at run time (nothing binary is committed). Each method writes one
 * file and returns its path; {@link #writeAll} writes them all and maps each file name to the
 * words its error or note must contain.
 */
final class HostileCorpus {
    /** What the gzip bomb's one record inflates to: far over any page limit, and over 2 GiB (an int overflows). */
    static final long BOMB_BYTES = 3L << 30;

    private HostileCorpus() {
    }

    /** File name → a word the one-line message about it must contain. */
    static Map<String, String> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> expect = new LinkedHashMap<>();
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        expect.put("empty.txt", "empty");
        noise(dir.resolve("noise.bin"));
        expect.put("noise.bin", "binary");
        hugePage(dir.resolve("huge-page.html"), 50L << 20);
        expect.put("huge-page.html", "limit");
        invalidUtf8(dir.resolve("invalid-utf8.txt"));
        expect.put("invalid-utf8.txt", "");
        russian(dir.resolve("cp1251-page.html"), Charset.forName("windows-1251"), true);
        expect.put("cp1251-page.html", "language ru");
        russian(dir.resolve("koi8r-page.txt"), Charset.forName("KOI8-R"), false);
        expect.put("koi8r-page.txt", "language ru");
        deepNesting(dir.resolve("deep-nesting.html"), 100_000);
        expect.put("deep-nesting.html", "");
        gzipBomb(dir.resolve("bomb.warc.gz"));
        expect.put("bomb.warc.gz", "limit");
        truncatedWarc(dir.resolve("truncated.warc"));
        expect.put("truncated.warc", "");
        brokenJsonLines(dir.resolve("broken-lines.jsonl"));
        expect.put("broken-lines.jsonl", "line");
        xxeFeed(dir.resolve("xxe-feed.rss"));
        expect.put("xxe-feed.rss", "feed");
        return expect;
    }

    static Path noise(Path f) throws IOException {
        byte[] b = new byte[1 << 20];
        new Random(7).nextBytes(b);
        return Files.write(f, b);
    }

    /** A well-formed HTML page of {@code bytes} bytes, written in pieces (the test must not hold it in memory). */
    static Path hugePage(Path f, long bytes) throws IOException {
        byte[] para = "<p>Filler paragraph about nothing in particular, repeated to make a very large page.</p>\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            for (long n = 0; n < bytes; n += para.length) out.write(para);
            out.write("</body></html>".getBytes(StandardCharsets.US_ASCII));
        }
        return f;
    }

    /** Byte sequences that are not UTF-8 at all: lone continuation bytes, overlongs, 0xFE/0xFF, cut-off sequences. */
    static Path invalidUtf8(Path f) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[][] bad = {{(byte) 0x80, (byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        for (int i = 0; i < 400; i++) {
            b.write(bad[i % bad.length]);
            if (i % 9 == 8) b.write(' ');
            if (i % 60 == 59) b.write('\n');
        }
        return Files.write(f, b.toByteArray());
    }

    /** A Russian-language news page in a legacy Cyrillic code page, with no charset declared. */
    static Path russian(Path f, Charset cs, boolean html) throws IOException {
        String text = "Министр иностранных дел России встретился в Минске с президентом Белоруссии. "
                + "Стороны обсудили поставки газа, совместные учения и строительство новой железной дороги. "
                + "По словам официальных лиц, переговоры прошли в дружественной обстановке и будут продолжены весной.";
        String page = html ? "<html><head><title>Переговоры в Минске</title></head><body><article><h1>Переговоры в Минске</h1><p>"
                + text + "</p><p>" + text + "</p></article></body></html>" : "Переговоры в Минске\n\n" + text + "\n\n" + text + "\n";
        return Files.write(f, page.getBytes(cs));
    }

    static Path deepNesting(Path f, int levels) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            byte[] open = "<div>".getBytes(StandardCharsets.US_ASCII);
            byte[] close = "</div>".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < levels; i++) out.write(open);
            out.write("Deep inside the page Russia and Belarus signed an agreement on gas supplies.".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < levels; i++) out.write(close);
            out.write("</body></html>".getBytes(StandardCharsets.US_ASCII));
        }
        return f;
    }

    /**
     * A gzipped WARC of three response records, each its own gzip member: a good article, a record
     * whose body inflates to {@link #BOMB_BYTES} (compressed to a few MB), and a second good article
     * that must still be read after the bomb is cut off.
     */
    static Path gzipBomb(Path f) throws IOException {
        return gzipBomb(f, BOMB_BYTES);
    }

    /** {@link #gzipBomb(Path)} with a bomb of the given inflated size. */
    static Path gzipBomb(Path f, long bombBytes) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            gzipMember(out, warcResponse("https://good.example/warc-before", html("WARC before the bomb",
                    "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Sochi on Friday. "
                            + "The leaders discussed a new loan and gas prices for the coming year.")));
            GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            };
            String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
            long httpLength = head.length() + bombBytes;
            gz.write(warcHeader("https://bomb.example/bomb", httpLength));
            gz.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long n = 0; n < bombBytes; n += spaces.length) gz.write(spaces);
            gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            gz.finish();
            gzipMember(out, warcResponse("https://good.example/warc-after", html("WARC after the bomb",
                    "Japan protested to Russia on Tuesday over the detention of a fishing boat near Hokkaido. "
                            + "Tokyo demanded the release of the crew.")));
        }
        return f;
    }

    /** A plain WARC whose first record is whole and whose second stops in the middle of its body. */
    static Path truncatedWarc(Path f) throws IOException {
        byte[] whole = warcResponse("https://good.example/truncated-first", html("Before the cut",
                "The European Union imposed sanctions on Belarus on Thursday. Brussels said more measures could follow."));
        byte[] second = warcResponse("https://good.example/truncated-second", html("Cut short",
                "Japan and Russia agreed to resume talks on fishing quotas, officials said on Wednesday in Tokyo."));
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(whole);
            out.write(second, 0, second.length / 2);
        }
        return f;
    }

    static Path brokenJsonLines(Path f) throws IOException {
        String good = "{\"url\":\"https://good.example/jsonl-ok\",\"date\":\"2021-03-10\",\"title\":\"Minsk hosts talks\","
                + "\"text\":\"Belarus hosted talks with Russia on Wednesday. Russian Foreign Minister Sergei Lavrov met "
                + "Belarusian Foreign Minister Vladimir Makei in Minsk to discuss border crossings.\"}";
        String lines = good + "\n"
                + "{\"url\":\"https://bad.example/cut\",\"text\":\"this line stops in the mid\n"
                + "not json at all\n"
                + "[1, 2, 3]\n"
                + "{\"url\":\"https://bad.example/no-text\",\"title\":\"no body\"}\n"
                + "\u0000\u0001\u0002 garbage\n";
        return Files.writeString(f, lines, StandardCharsets.UTF_8);
    }

    /** An RSS feed whose DOCTYPE declares an external entity reading a local file. */
    static Path xxeFeed(Path f) throws IOException {
        String rss = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>Feed</title><link>https://bad.example/</link><description>d</description>"
                + "<item><title>Leak &xxe;</title><link>https://bad.example/1</link><description>&xxe;</description></item>"
                + "</channel></rss>\n";
        return Files.writeString(f, rss, StandardCharsets.UTF_8);
    }

    private static String html(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
                + "</p><p>" + body + "</p></article></body></html>";
    }

    private static byte[] warcResponse(String uri, String page) {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(warcHeader(uri, head.length() + body.length));
        b.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(body);
        b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return b.toByteArray();
    }

    private static byte[] warcHeader(String uri, long contentLength) {
        String h = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
                + ">\r\nWARC-Date: 2021-03-12T10:00:00Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + contentLength + "\r\n\r\n";
        return h.getBytes(StandardCharsets.US_ASCII);
    }

    private static void gzipMember(OutputStream out, byte[] data) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out));
        gz.write(data);
        gz.finish();
    }

    /** Lets a gzip member finish without closing the file under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
