package org.tessera.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.cli.TesseraCli;
import org.tessera.intake.InputExpander;
import org.tessera.model.RawDocument;

/** Fast checks of the intake limits (no CoreNLP): records are cut at the page limit, and limit options are validated. */
class RecordLimitsTest {
    @TempDir
    Path tmp;

    @Test
    void aWarcRecordInflatingPastTheLimitIsSkippedAndTheNextRecordIsRead() throws IOException {
        Path warc = HostileCorpus.gzipBomb(tmp.resolve("small-bomb.warc.gz"), 64L << 20);
        List<RawDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new InputExpander(1 << 20).expand(warc, docs::add, errors::add);
        assertEquals(List.of("https://good.example/warc-before", "https://good.example/warc-after"), docs.stream().map(RawDocument::id).toList());
        assertEquals(List.of(warc + ": https://bomb.example/bomb: record body over the limit of 1048576 bytes, skipped"), errors);
    }

    @Test
    void aJsonLinesLineOverTheLimitIsSkippedAndTheOthersAreRead() throws IOException {
        String good = "{\"url\":\"https://good.example/a\",\"text\":\"Japan protested to Russia on Friday.\"}";
        String huge = "{\"url\":\"https://bad.example/huge\",\"text\":\"" + "x".repeat(5000) + "\"}";
        Path f = Files.writeString(tmp.resolve("lines.jsonl"), good + "\n" + huge + "\r\n" + good.replace("/a", "/b") + "\n",
                StandardCharsets.UTF_8);
        List<RawDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new InputExpander(1000).expand(f, docs::add, errors::add);
        assertEquals(List.of("https://good.example/a", "https://good.example/b"), docs.stream().map(RawDocument::id).toList());
        assertEquals(List.of(f + ":line2: line over the limit of 1000 characters, skipped"), errors);
    }

    @Test
    void aNegativeArticleTimeoutIsAUsageError() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = TesseraCli.run("code", "--article-timeout", "-1", tmp.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--article-timeout must be 0 or more seconds"), err.toString());
    }
}
