package org.tessera.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.intake.Samples.STORY;
import static org.tessera.intake.Samples.gzip;
import static org.tessera.intake.Samples.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.WarcCompression;
import org.tessera.model.RawDocument;

/** Each format of the registry: which files it takes, and what it makes of a small sample, from a path and from a stream alike. */
class InputFormatsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is read as {2}")
    @CsvSource({
        "story.txt,     plain words,                  PlainTextFormat",
        "story.text,    plain words,                  PlainTextFormat",
        "story.txt.gz,  plain words,                  PlainTextFormat",
        "page.html,     <p>x</p>,                     HtmlFormat",
        "PAGE.HTM,      <p>x</p>,                     HtmlFormat",
        "page.xhtml,    <p>x</p>,                     HtmlFormat",
        "wire.jsonl,    {},                           JsonLinesFormat",
        "wire.ndjson,   {},                           JsonLinesFormat",
        "wire.jsonl.gz, {},                           JsonLinesFormat",
        "news.rss,      <rss/>,                       FeedFormat",
        "news.atom,     <feed/>,                      FeedFormat",
        "news.xml,      <?xml version='1.0'?><rss/>,  FeedFormat",
        "other.xml,     <?xml version='1.0'?><note/>, AnyFileFormat",
        "crawl.warc,    WARC/1.1,                     WarcFormat",
        "crawl.warc.gz, WARC/1.1,                     WarcFormat",
        "notes.md,      # notes,                      AnyFileFormat",
        "README,        words,                        AnyFileFormat",
    })
    void eachFileIsTakenByOneFormat(String name, String head, String format) throws IOException {
        byte[] bytes = name.endsWith(".gz") ? gzip(utf8(head)) : utf8(head);
        Input input = Input.file(name, "/in/" + name, name, new ByteArrayInputStream(bytes), null, bytes.length);
        assertEquals(format, reader(input).getClass().getSimpleName());
    }

    @Test
    void aFolderIsTakenByTheFolderFormat() throws IOException {
        assertEquals(FolderFormat.class, reader(Input.folder(dir)).getClass());
    }

    @Test
    void peekingAtTheHeadLeavesTheBytesForTheFormat() throws IOException {
        byte[] bytes = Samples.rss("One.");
        Input input = Input.file("news.xml", "news.xml", "news.xml", new ByteArrayInputStream(bytes), null, -1);
        assertEquals(FeedFormat.class, reader(input).getClass());
        assertArrayEquals(bytes, input.content().readAllBytes());
    }

    static Stream<Arguments> samples() {
        String html = "text/html", record = "text/html; charset=utf-8", captured = "text/html;charset=utf-8";
        return Stream.of(
                Arguments.of("story.txt", utf8(STORY), List.of("story.txt"), List.of("text/plain")),
                Arguments.of("story.txt.gz", gzip(utf8(STORY)), List.of("story.txt.gz"), List.of("text/plain")),
                Arguments.of("page.html", Samples.html(STORY), List.of("page.html"), List.of(html)),
                Arguments.of("notes.md", utf8(STORY), List.of("notes.md"), List.of("")),
                Arguments.of("wire.jsonl", Samples.jsonLines(), List.of("https://alder.example/pier", "wire.jsonl#2"), List.of(record, record)),
                Arguments.of("wire.jsonl.gz", gzip(Samples.jsonLines()), List.of("https://alder.example/pier", "wire.jsonl.gz#2"),
                        List.of(record, record)),
                Arguments.of("news.rss", Samples.rss(STORY), List.of("https://alder.example/pier", "news.rss#2"), List.of(record, record)),
                Arguments.of("news.xml", Samples.rss(STORY), List.of("https://alder.example/pier", "news.xml#2"), List.of(record, record)),
                Arguments.of("news.atom", Samples.atom(), List.of("https://alder.example/pier"), List.of(record)),
                Arguments.of("crawl.warc", Samples.warc(WarcCompression.NONE, STORY, "Second page."),
                        List.of("https://alder.example/1", "https://alder.example/2"), List.of(captured, captured)),
                Arguments.of("crawl.warc.gz", Samples.warc(WarcCompression.GZIP, STORY, "Second page."),
                        List.of("https://alder.example/1", "https://alder.example/2"), List.of(captured, captured)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleGivesItsDocumentsAlikeFromAPathAndAStream(String name, byte[] bytes, List<String> ids, List<String> types)
            throws IOException {
        Path f = Files.write(dir.resolve(name), bytes);
        Result fromPath = new Result();
        new InputExpander().expand(f, fromPath.docs::add, fromPath.errors::add);
        Result fromStream = new Result();
        try (InputStream in = Files.newInputStream(f)) {
            new InputExpander().expand(name, f.toString(), in, null, fromStream.docs::add, fromStream.errors::add);
        }
        assertEquals(List.of(), fromPath.errors);
        assertEquals(ids, fromPath.ids());
        assertEquals(types, fromPath.docs.stream().map(RawDocument::mediaType).toList());
        assertEquals(fromPath.errors, fromStream.errors);
        assertEquals(fromPath.ids(), fromStream.ids());
        for (int i = 0; i < ids.size(); i++) assertArrayEquals(fromPath.docs.get(i).content(), fromStream.docs.get(i).content());
        String first = new String(fromPath.docs.get(0).content(), StandardCharsets.UTF_8);
        assertTrue(first.contains(STORY), first);
    }

    @Test
    void aFormatAddedToTheListIsUsed() {
        InputFormat quiet = new InputFormat() {
            @Override
            public boolean recognises(Input input) {
                return input.baseName().endsWith(".shout");
            }

            @Override
            public void expand(Input input, Expansion out) throws IOException {
                byte[] page = out.limits().page(input.content(), input.knownSize());
                out.document(new RawDocument(input.id(), input.origin(), new String(page, StandardCharsets.UTF_8)
                        .toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8), "text/plain", null));
            }
        };
        List<InputFormat> formats = new ArrayList<>(List.of(quiet));
        formats.addAll(InputFormats.standard());
        Result r = new Result();
        new InputExpander(new ReadLimits(100), formats).expand("a.shout", "/in/a.shout", new ByteArrayInputStream(utf8("PIER")), null,
                r.docs::add, r.errors::add);
        assertEquals("pier", new String(r.docs.get(0).content(), StandardCharsets.UTF_8));
    }

    private static InputFormat reader(Input input) throws IOException {
        for (InputFormat f : InputFormats.standard()) if (f.recognises(input)) return f;
        throw new AssertionError("no format takes " + input.name());
    }

    private static final class Result {
        final List<RawDocument> docs = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        List<String> ids() {
            return docs.stream().map(RawDocument::id).toList();
        }
    }
}
