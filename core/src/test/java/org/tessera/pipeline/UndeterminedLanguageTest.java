package org.tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.coding.EventCoder;
import org.tessera.coding.ModalityDetector;
import org.tessera.lang.DictionaryMode;
import org.tessera.lang.LanguageSupport;
import org.tessera.model.RawDocument;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.nlp.ArticleAnnotator;
import org.tessera.petrarch.PetrarchDictionaries;

/**
 * An article whose language intake cannot tell ("und": a headline, a one-sentence text) is coded
 * by the stage of the pipeline's default language, the first registered; a clear paragraph in a
 * language without a stage is still skipped with the usual note. Toy languages, no CoreNLP.
 */
class UndeterminedLanguageTest {
    /** The toy language under another code, to show which of two languages is the default. */
    record Renamed(String language, LanguageSupport of) implements LanguageSupport {
        @Override
        public ArticleAnnotator annotator(AnnotatorConfig config) {
            return of.annotator(config);
        }

        @Override
        public List<EventCoder> coders(PetrarchDictionaries dictionaries, DictionaryMode mode) {
            return of.coders(dictionaries, mode);
        }

        @Override
        public ModalityDetector modality() {
            return of.modality();
        }
    }

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static RawDocument text(String name, String text) {
        return new RawDocument(name, name, text.getBytes(StandardCharsets.UTF_8), null, null);
    }

    @Test
    void anUndeterminedArticleIsCodedByTheDefaultLanguagesStage() {
        Pipeline p = new PipelineAssembly(PipelineConfig.defaults(), List.of(new ToyLanguageTest.Toy()), quiet).pipeline();
        DocumentResult r = p.process(text("short.txt", "Aland warns Borduria.\n"));
        ArticleResult a = r.articles().get(0);
        assertEquals("und", a.article().language(), "too short to tell: undetermined");
        assertNull(a.skipped(), r.notes().toString());
        assertEquals(List.of("ALAND>BORDURIA 138"),
                a.events().stream().map(e -> e.source().code() + ">" + e.target().code() + " " + e.action().code().code()).toList());
        assertTrue(r.notes().isEmpty(), r.notes().toString());
    }

    @Test
    void theDefaultIsTheFirstRegisteredLanguage() {
        LanguageSupport xx = new ToyLanguageTest.Toy();
        LanguageSupport yy = new Renamed("yy", xx);
        Pipeline yyFirst = new PipelineAssembly(PipelineConfig.defaults(), List.of(yy, xx), quiet).pipeline();
        Pipeline xxFirst = new PipelineAssembly(PipelineConfig.defaults(), List.of(xx, yy), quiet).pipeline();
        assertEquals(yyFirst.stage("yy"), yyFirst.stage("und"));
        assertNotEquals(yyFirst.stage("xx"), yyFirst.stage("und"));
        assertEquals(xxFirst.stage("xx"), xxFirst.stage("und"));
    }

    @Test
    void aClearParagraphInALanguageWithoutAStageIsStillSkipped() {
        Pipeline p = new PipelineAssembly(PipelineConfig.defaults(), List.of(new ToyLanguageTest.Toy()), quiet).pipeline();
        DocumentResult r = p.process(text("de.txt", "Der Stadtrat hat am Dienstag beschlossen, die nördliche Brücke nach "
                + "langem Streit mit der Baufirma wieder zu öffnen. Die Anwohner begrüßten die Entscheidung.\n"));
        assertEquals("language de not coded", r.articles().get(0).skipped());
        assertTrue(r.notes().get(0).endsWith("skipped: language de not coded"), r.notes().toString());
    }
}
