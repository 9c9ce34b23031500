package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.model.Event;
import org.tessera.model.PartialDate;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.testkit.Conllu;
import org.tessera.testkit.TestLanguage;

/**
 * The family rule and the main-verb rule as a table of hand-parsed sentences
 * ({@code family-sentences.conllu}): each must yield exactly its events through our coders and the
 * finishing step, as every command assembles them. No CoreNLP.
 */
class FamilyRuleTest {
    private static final ArticleCoder CODER = PipelineAssembly.standard(PipelineConfig.defaults(), System.err).coder(TestLanguage.ENGLISH);

    record Case(String name, Set<String> events, String conllu) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The cases of {@code family-sentences.conllu}; its header says the format. */
    static List<Case> cases() throws IOException {
        List<String> lines;
        try (InputStream in = FamilyRuleTest.class.getResourceAsStream("family-sentences.conllu")) {
            lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
        lines.add("# case = end");
        List<Case> out = new ArrayList<>();
        String name = null;
        Set<String> events = null;
        StringBuilder conllu = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("# case = ")) {
                if (name != null) out.add(new Case(name, events, conllu.toString()));
                name = line.substring("# case = ".length());
                conllu.setLength(0);
            } else if (line.startsWith("# events = ")) {
                events = new TreeSet<>();
                for (String e : line.substring("# events = ".length()).split("\\|")) if (!e.isBlank() && !e.strip().equals("-")) events.add(e.strip());
            } else if (!line.startsWith("#") && !line.isBlank()) {
                conllu.append(line).append('\n');
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sentenceYieldsExactlyItsEvents(Case c) {
        List<Event> events = CODER.code(Conllu.article("family", new PartialDate(2021, 3, 10), c.conllu()));
        Set<String> got = events.stream().map(e -> e.source().country() + ">" + (e.target() == null ? "-" : e.target().country()) + " "
                + e.action().code().code() + " " + e.modality().json()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(c.events(), got, events.stream().map(Event::evidenceText).toList().toString());
    }
}
