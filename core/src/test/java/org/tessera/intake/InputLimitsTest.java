package org.tessera.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.intake.Samples.STORY;
import static org.tessera.intake.Samples.gzip;
import static org.tessera.intake.Samples.utf8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.WarcCompression;
import org.tessera.model.RawDocument;

/**
 * Every format applies the page limit, and a file reports the same documents and lines whether it
 * is named directly, found by walking a folder, or read as a stream.
 */
class InputLimitsTest {
    private static final int LIMIT = 400;
    private static final String LONG = "The pier was rebuilt. ".repeat(30);

    @TempDir
    Path dir;

    static Stream<Arguments> overTheLimit() {
        String line = "{\"url\":\"https://alder.example/long\",\"text\":\"" + LONG + "\"}";
        return Stream.of(
                Arguments.of("story.txt", utf8(LONG), List.of(), List.of(": over the limit of 400 bytes")),
                Arguments.of("page.html", Samples.html(LONG), List.of(), List.of(": over the limit of 400 bytes")),
                Arguments.of("notes.md", utf8(LONG), List.of(), List.of(": over the limit of 400 bytes")),
                // Small when packed, over the limit once inflated.
                Arguments.of("story.txt.gz", gzip(utf8(LONG)), List.of(), List.of(": over the limit of 400 bytes")),
                Arguments.of("news.rss", Samples.rss(LONG), List.of(), List.of(": over the limit of 400 bytes")),
                Arguments.of("news.xml", Samples.rss(LONG), List.of(), List.of(": over the limit of 400 bytes")),
                Arguments.of("wire.jsonl", Samples.jsonLines(line), List.of("https://alder.example/pier", "wire.jsonl#2"),
                        List.of(":line3: line over the limit of 400 characters, skipped")),
                Arguments.of("wire.jsonl.gz", gzip(Samples.jsonLines(line)), List.of("https://alder.example/pier", "wire.jsonl.gz#2"),
                        List.of(":line3: line over the limit of 400 characters, skipped")),
                Arguments.of("crawl.warc", Samples.warc(WarcCompression.NONE, "Short.", LONG, "Also short."),
                        List.of("https://alder.example/1", "https://alder.example/3"),
                        List.of(": https://alder.example/2: record body over the limit of 400 bytes, skipped")),
                Arguments.of("crawl.warc.gz", Samples.warc(WarcCompression.GZIP, "Short.", LONG, "Also short."),
                        List.of("https://alder.example/1", "https://alder.example/3"),
                        List.of(": https://alder.example/2: record body over the limit of 400 bytes, skipped")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overTheLimit")
    void eachFormatStopsAtTheLimitHoweverTheFileArrives(String name, byte[] bytes, List<String> ids, List<String> errorTails)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path f = Files.write(folder.resolve(name), bytes);
        List<String> expected = errorTails.stream().map(tail -> f + tail).toList();

        Result named = new Result();
        expander().expand(f, named.docs::add, named.errors::add);
        assertEquals(expected, named.errors);
        assertEquals(ids, named.ids());

        Result walked = new Result();
        expander().expand(folder, walked.docs::add, walked.errors::add);
        assertEquals(expected, walked.errors);
        assertEquals(ids, walked.ids());

        Result streamed = new Result();
        try (InputStream in = Files.newInputStream(f)) {
            expander().expand(name, f.toString(), in, null, streamed.docs::add, streamed.errors::add);
        }
        assertEquals(expected, streamed.errors);
        assertEquals(ids, streamed.ids());
    }

    @Test
    void aFeedFoundByWalkingAFolderIsRejectedAtTheLimitAsWhenNamedDirectly() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("feeds/2022"));
        Path feed = Files.write(folder.resolve("alder.rss"), Samples.rss(LONG));
        Result walked = new Result();
        expander().expand(dir.resolve("feeds"), walked.docs::add, walked.errors::add);
        Result named = new Result();
        expander().expand(feed, named.docs::add, named.errors::add);
        assertEquals(List.of(feed + ": over the limit of 400 bytes"), walked.errors);
        assertEquals(named.errors, walked.errors);
        assertEquals(List.of(), walked.docs);

        Files.write(feed, Samples.rss("Short."));
        Result small = new Result();
        expander().expand(dir.resolve("feeds"), small.docs::add, small.errors::add);
        assertEquals(List.of(), small.errors);
        assertEquals(List.of("https://alder.example/pier", "alder.rss#2"), small.ids());
    }

    @Test
    void aBadFileInAFolderIsOneLineAndTheRestIsRead() throws IOException {
        Files.writeString(dir.resolve("a-broken.rss"), "<rss><channel><item>cut off");
        Files.write(dir.resolve("b-story.txt"), utf8(STORY));
        Files.write(dir.resolve("c-wire.jsonl.gz"), utf8("not gzip at all"));
        Result r = new Result();
        expander().expand(dir, r.docs::add, r.errors::add);
        assertEquals(List.of("b-story.txt"), r.ids());
        assertEquals(2, r.errors.size(), r.errors.toString());
        assertTrue(r.errors.get(0).startsWith(dir.resolve("a-broken.rss") + ": not a readable feed: "), r.errors.get(0));
        assertTrue(r.errors.get(1).startsWith(dir.resolve("c-wire.jsonl.gz") + ": "), r.errors.get(1));
        for (String e : r.errors) assertFalse(e.contains("\n"), e);
    }

    @Test
    void aMissingPathIsOneLine() {
        Result r = new Result();
        expander().expand(dir.resolve("none"), r.docs::add, r.errors::add);
        assertEquals(List.of(dir.resolve("none") + ": no such file or folder"), r.errors);
    }

    @Test
    void aLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ReadLimits(0));
    }

    private static InputExpander expander() {
        return new InputExpander(LIMIT);
    }

    private static final class Result {
        final List<RawDocument> docs = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        List<String> ids() {
            return docs.stream().map(RawDocument::id).toList();
        }
    }
}
