package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.model.Article;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.Event;
import org.tessera.model.PartialDate;
import org.tessera.testkit.SharedNlp;
import org.tessera.testkit.TestLanguage;

/**
 * The coder read as a table: each line of {@code sentences.tsv} is a sentence of ours and the event
 * it must yield (or none), one line per pattern family. Real CoreNLP, shared across the suite.
 */
class CoderSentencesIT {
    record Row(int line, String sentence, String source, String target, String code, String modality, String family) {
        @Override
        public String toString() {
            return family + " line " + line + ": " + sentence;
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        try (InputStream in = CoderSentencesIT.class.getResourceAsStream("sentences.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
                String[] c = lines[i].split("\t");
                out.add(new Row(i + 1, c[0], c[1], c[2], c[3], c[4], c[5]));
            }
        }
        return out.stream();
    }

    static List<Event> code(String text) {
        Article a = new Article("table", 0, "", text, 0, new PartialDate(2021, 3, 10), DocumentDateOrigin.OPTION, TestLanguage.ENGLISH, "");
        return SharedNlp.pipeline().code(a).events();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void sentenceYieldsItsEvent(Row row) {
        List<Event> events = code(row.sentence());
        String got = events.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " "
                + e.action().code().code() + " " + e.modality().json() + " (" + e.evidence() + ")").toList().toString();
        if (row.source().equals("-")) {
            assertTrue(events.isEmpty(), "expected no event, got " + got);
            return;
        }
        boolean found = events.stream().anyMatch(e -> e.source().code().equals(row.source())
                && e.target() != null && e.target().code().equals(row.target())
                && (row.code().length() == 2 ? e.action().code().root().equals(row.code()) : e.action().code().code().equals(row.code()))
                && e.modality().json().equals(row.modality()));
        assertTrue(found, "expected " + row.source() + ">" + row.target() + " " + row.code() + " " + row.modality() + ", got " + got);
    }
}
