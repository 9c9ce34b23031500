package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The coder read as a table: each line of {@code sentences.tsv} is a sentence of ours and an event
 * it must yield (or "-" for none), one or more sentences per pattern family. A sentence's lines
 * together are the whole set of events it must give: a wrong extra event fails the row as a missing
 * one does. Real CoreNLP, shared across the suite.
 */
class CoderSentencesIT {
    /** One expected event; {@code code} of two digits checks the root only. */
    record Expected(String source, String target, String code, String modality) {
        boolean matches(Event e) {
            return e.source().code().equals(source) && (e.target() == null ? target.equals("-") : e.target().code().equals(target))
                    && (code.length() == 2 ? e.action().code().root().equals(code) : e.action().code().code().equals(code))
                    && e.modality().json().equals(modality);
        }

        @Override
        public String toString() {
            return source + ">" + target + " " + code + " " + modality;
        }
    }

    record Row(int line, String sentence, List<Expected> events, String family) {
        @Override
        public String toString() {
            return family + " line " + line + ": " + sentence;
        }
    }

    static Stream<Row> rows() throws IOException {
        Map<String, Row> out = new LinkedHashMap<>();
        try (InputStream in = CoderSentencesIT.class.getResourceAsStream("sentences.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
                String[] c = lines[i].split("\t");
                Row r = out.computeIfAbsent(c[0], k -> new Row(0, k, new ArrayList<>(), ""));
                List<Expected> events = r.events();
                if (!c[1].equals("-")) events.add(new Expected(c[1], c[2], c[3], c[4]));
                out.put(c[0], new Row(r.line() == 0 ? i + 1 : r.line(), c[0], events, r.family().isEmpty() ? c[5] : r.family()));
            }
        }
        return out.values().stream();
    }

    static List<Event> code(String text) {
        Article a = new Article("table", 0, "", text, 0, new PartialDate(2021, 3, 10), DocumentDateOrigin.OPTION, TestLanguage.ENGLISH, "");
        return SharedNlp.pipeline().code(a).events();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void sentenceYieldsExactlyItsEvents(Row row) {
        List<Event> events = code(row.sentence());
        String got = events.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " "
                + e.action().code().code() + " " + e.modality().json() + " (" + e.evidenceText() + ")").toList().toString();
        List<Expected> missing = row.events().stream().filter(x -> events.stream().noneMatch(x::matches)).toList();
        List<Event> extra = events.stream().filter(e -> row.events().stream().noneMatch(x -> x.matches(e))).toList();
        assertTrue(missing.isEmpty() && extra.isEmpty() && events.size() == row.events().size(),
                "expected exactly " + row.events() + ", got " + got);
    }
}
