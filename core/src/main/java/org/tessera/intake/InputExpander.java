package org.tessera.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.tessera.model.RawDocument;
import org.xml.sax.InputSource;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Expands an input path into raw documents: folders recursively, JSON Lines records, WARC
 * response records, RSS/Atom items, and any other file as one document. Failures are reported as
 * one line each ("file: reason") and never stop the other inputs.
 *
 * <p>Records that carry a title, date or URL beside their text (JSON Lines, feeds) are handed on as
 * a small HTML page built with jsoup, so the HTML path of {@link Intake} reads the date as a page
 * date and escaping is jsoup's job.
 */
public final class InputExpander {
    private final long maxBytes;
    private final ObjectMapper json = new ObjectMapper();

    public InputExpander() {
        this(IntakeOptions.DEFAULT_MAX_BYTES);
    }

    /** Files over {@code maxBytes} are reported, not read, so one huge file cannot exhaust memory. */
    public InputExpander(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public void expand(Path path, Consumer<RawDocument> sink, Consumer<String> errors) {
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).filter(p -> !hidden(path, p)).sorted().toList();
                }
                for (Path f : files) expandFile(f, path.relativize(f).toString(), sink, errors);
            } else if (Files.isRegularFile(path)) {
                expandFile(path, path.getFileName().toString(), sink, errors);
            } else {
                errors.accept(path + ": no such file or folder");
            }
        } catch (IOException | RuntimeException e) {
            errors.accept(path + ": " + reason(e));
        }
    }

    private void expandFile(Path f, String id, Consumer<RawDocument> sink, Consumer<String> errors) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (isJsonLines(name)) {
                try (InputStream in = open(f)) {
                    readJsonLines(in, f.toString(), f.getFileName().toString(), sink, errors);
                }
            } else if (isWarc(name)) {
                try (WarcReader reader = new WarcReader(f)) {
                    readWarc(reader, f.toString(), sink, errors);
                }
            } else if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml") && isFeed(f)) {
                try (InputStream in = Files.newInputStream(f)) {
                    readFeed(in, f.toString(), f.getFileName().toString(), sink, errors);
                }
            } else {
                long size = Files.size(f);
                if (size > maxBytes) {
                    errors.accept(f + ": " + size + " bytes, over the limit of " + maxBytes);
                    return;
                }
                sink.accept(new RawDocument(id, f.toString(), Files.readAllBytes(f), mediaTypeOf(name),
                        Files.getLastModifiedTime(f).toInstant()));
            }
        } catch (IOException | RuntimeException e) {
            errors.accept(f + ": " + reason(e));
        }
    }

    /**
     * Expands one file that arrives as a stream rather than a local path (a Hadoop file system in
     * Spark: HDFS, S3, ...). Formats, document ids and error lines are those of {@link #expand(Path,
     * Consumer, Consumer)} for the same file.
     *
     * @param id       the document id of a plain file: its path relative to the folder being read,
     *                 or its file name; the format is chosen from its ending
     * @param origin   the full path or URI, for error lines and provenance
     * @param in       the file's bytes, left open for the caller to close
     * @param modified the file time, the last-resort publication date; may be null
     */
    public void expand(String id, String origin, InputStream in, Instant modified,
                       Consumer<RawDocument> sink, Consumer<String> errors) {
        String fileName = id.substring(id.lastIndexOf('/') + 1);
        String name = fileName.toLowerCase(Locale.ROOT);
        try {
            if (isJsonLines(name)) {
                readJsonLines(name.endsWith(".gz") ? new GZIPInputStream(in) : in, origin, fileName, sink, errors);
            } else if (isWarc(name)) {
                // Not closed: closing the reader would close the caller's stream.
                readWarc(new WarcReader(in), origin, sink, errors);
            } else {
                BufferedInputStream buffered = new BufferedInputStream(in);
                if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml") && isFeed(buffered)) {
                    readFeed(buffered, origin, fileName, sink, errors);
                    return;
                }
                byte[] content = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (content.length > maxBytes) {
                    errors.accept(origin + ": over the limit of " + maxBytes + " bytes");
                    return;
                }
                sink.accept(new RawDocument(id, origin, content, mediaTypeOf(name), modified));
            }
        } catch (IOException | RuntimeException e) {
            errors.accept(origin + ": " + reason(e));
        }
    }

    private void readJsonLines(InputStream in, String f, String fileName, Consumer<RawDocument> sink,
                               Consumer<String> errors) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = boundedLine(r, maxBytes)) != null) {
            n++;
            if (line == OVERLONG) {
                errors.accept(f + ":line" + n + ": line over the limit of " + maxBytes + " characters, skipped");
                continue;
            }
            if (line.isBlank()) continue;
            try {
                JsonNode o = json.readTree(line);
                if (o == null || !o.isObject()) throw new IllegalArgumentException("not a JSON object");
                String text = textField(o, "text");
                if (text.isBlank()) throw new IllegalArgumentException("no \"text\" field");
                String url = textField(o, "url");
                String id = url.isBlank() ? fileName + "#" + n : url;
                List<String> paras = new ArrayList<>();
                for (String p : text.split("\\n\\s*\\n|\\n")) if (!p.isBlank()) paras.add(p.strip());
                sink.accept(page(id, f + ":" + n, textField(o, "title"), textField(o, "date"), url, paras, null));
            } catch (IOException | RuntimeException e) {
                errors.accept(f + ":line" + n + ": " + reason(e));
            }
        }
    }

    private void readWarc(WarcReader reader, String f, Consumer<RawDocument> sink, Consumer<String> errors) {
        int read = 0;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                errors.accept(f + ": WARC unreadable after " + read + " records: " + reason(e));
                return;
            }
            if (next.isEmpty()) return;
            read++;
            if (!(next.get() instanceof WarcResponse resp)) continue;
            try {
                HttpResponse http = resp.http();
                MediaType type = http.contentType();
                String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
                if (!base.isEmpty() && !base.contains("html") && !base.startsWith("text/")) continue;
                // Read one byte past the limit only: a record that inflates to gigabytes (a gzip bomb)
                // is cut off here, and the reader skips the rest of it without keeping it.
                byte[] body = http.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    errors.accept(f + ": " + resp.target() + ": record body over the limit of " + maxBytes + " bytes, skipped");
                    continue;
                }
                sink.accept(new RawDocument(resp.target(), f + "#" + resp.target(), body,
                        type == null ? "" : type.toString(), resp.date()));
            } catch (IOException | RuntimeException e) {
                errors.accept(f + ": " + resp.target() + ": " + reason(e));
            }
        }
    }

    private void readFeed(InputStream in, String f, String fileName, Consumer<RawDocument> sink, Consumer<String> errors) {
        SyndFeedInput input = new SyndFeedInput();
        // A DOCTYPE is what carries external entities (XXE); feeds have no need for one.
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            feed = input.build(new InputSource(in));
        } catch (Exception e) {
            errors.accept(f + ": not a readable feed: " + reason(e));
            return;
        }
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String link = e.getLink() == null ? "" : e.getLink().strip();
            java.util.Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String date = when == null ? "" : when.toInstant().atOffset(ZoneOffset.UTC).toString();
            StringBuilder html = new StringBuilder();
            for (SyndContent c : e.getContents()) if (c.getValue() != null) html.append(c.getValue()).append('\n');
            if (html.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null)
                html.append(e.getDescription().getValue());
            String id = link.isEmpty() ? fileName + "#" + n : link;
            sink.accept(page(id, f + "#item" + n, e.getTitle(), date, link, null, html.toString()));
        }
    }

    /** A minimal HTML page carrying a record's title, date and URL where the HTML reader looks for them. */
    private static RawDocument page(String id, String origin, String title, String date, String url,
                                    List<String> paragraphs, String bodyHtml) {
        Document doc = Document.createShell(url == null ? "" : url);
        doc.outputSettings().prettyPrint(false);
        if (title != null && !title.isBlank()) doc.title(title.strip());
        if (date != null && !date.isBlank())
            doc.head().appendElement("meta").attr("property", "article:published_time").attr("content", date.strip());
        if (url != null && !url.isBlank()) doc.head().appendElement("link").attr("rel", "canonical").attr("href", url.strip());
        Element article = doc.body().appendElement("article");
        if (title != null && !title.isBlank()) article.appendElement("h1").text(title.strip());
        if (paragraphs != null) for (String p : paragraphs) article.appendElement("p").text(p);
        if (bodyHtml != null) article.appendElement("div").append(bodyHtml);
        return new RawDocument(id, origin, doc.outerHtml().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null);
    }

    /** Marks a JSON Lines line that was longer than the page limit (compared by identity). */
    private static final String OVERLONG = new String("overlong");

    /**
     * One line of at most {@code max} characters, {@link #OVERLONG} for a longer one (whose rest is
     * skipped without being kept: one endless line, e.g. from a gzip bomb, cannot fill the heap), or
     * null at the end of input.
     */
    private static String boundedLine(BufferedReader r, long max) throws IOException {
        StringBuilder b = new StringBuilder();
        boolean over = false;
        int c;
        while ((c = r.read()) != -1) {
            if (c == '\n') break;
            if (over) continue;
            if (b.length() >= max) {
                over = true;
                b.setLength(0);
                continue;
            }
            b.append((char) c);
        }
        if (c == -1 && b.length() == 0 && !over) return null;
        if (over) return OVERLONG;
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == '\r') b.setLength(end - 1);
        return b.toString();
    }

    private static boolean isJsonLines(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson");
    }

    private static boolean isWarc(String name) {
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    private static boolean isFeed(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return isFeed(in.readNBytes(4096));
        }
    }

    /** Peeks at the head of a buffered stream and resets it. */
    private static boolean isFeed(BufferedInputStream in) throws IOException {
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        return isFeed(head);
    }

    private static boolean isFeed(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf");
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        return f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static String textField(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
    }

    private static String mediaTypeOf(String name) {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return "text/html";
        if (name.endsWith(".txt") || name.endsWith(".text")) return "text/plain";
        return "";
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
