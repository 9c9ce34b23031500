package org.tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.coding.ArticleCoder;
import org.tessera.coding.DependencyPatternCoder;
import org.tessera.coding.EventCoder;
import org.tessera.intake.IntakeOptions;
import org.tessera.lang.DictionaryMode;
import org.tessera.model.KnowledgeVersion;
import org.tessera.model.Token;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.testkit.TestLanguage;

/**
 * {@code --dictionary-mode} chooses the coder list in the one place it is built: our own knowledge
 * and the PETRARCH coder beside it ("with"), or the user's dictionaries alone ("instead"). Made-up
 * dictionaries of ours in a temporary folder; no CoreNLP.
 */
class DictionaryModeTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeDictionaries() throws IOException {
        Files.writeString(dir.resolve("test.verbs"), """
                --- WARN [130] ---
                WARN
                - * + ABOUT [130]
                """);
        Files.writeString(dir.resolve("test.actors.txt"), """
                FREEDONIA_ [FRE]
                SYLVANIA_ [SYL]
                """);
        Files.writeString(dir.resolve("test.agents.txt"), "");
    }

    private static ArticleCoder coder(DictionaryMode mode) {
        PipelineConfig c = new PipelineConfig(IntakeOptions.defaults(), AnnotatorConfig.defaults(), dir, mode, 1,
                PipelineConfig.DEFAULT_ARTICLE_TIMEOUT, 0);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return PipelineAssembly.standard(c, quiet).coder(TestLanguage.ENGLISH);
    }

    private static boolean knows(DependencyPatternCoder c, String word) {
        return !c.knowledge().actors().find(List.of(new Token(0, word, word, "NNP", "O", 0, word.length()))).isEmpty();
    }

    @Test
    void withRunsOurKnowledgeExtendedAndThePetrarchCoder() {
        List<EventCoder> coders = coder(DictionaryMode.WITH).coders();
        assertEquals(List.of("lexicon", "petrarch"), coders.stream().map(EventCoder::name).toList());
        DependencyPatternCoder ours = (DependencyPatternCoder) coders.get(0);
        assertTrue(knows(ours, "Russia"));
        assertTrue(knows(ours, "Freedonia"));
        List<String> files = ours.knowledge().versions().stream().map(KnowledgeVersion::file).toList();
        assertTrue(files.contains("event-lexicon.txt") && files.contains("test.actors.txt"), files.toString());
    }

    @Test
    void insteadLeavesOurKnowledgeOut() {
        List<EventCoder> coders = coder(DictionaryMode.INSTEAD).coders();
        assertEquals(List.of("lexicon", "petrarch"), coders.stream().map(EventCoder::name).toList());
        DependencyPatternCoder theirs = (DependencyPatternCoder) coders.get(0);
        assertFalse(knows(theirs, "Russia"));
        assertTrue(knows(theirs, "Freedonia"));
        List<String> files = theirs.knowledge().versions().stream().map(KnowledgeVersion::file).toList();
        assertFalse(files.contains("event-lexicon.txt"), files.toString());
    }
}
