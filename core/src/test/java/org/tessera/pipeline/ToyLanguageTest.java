package org.tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.cameo.CameoTable;
import org.tessera.coding.CandidateEvent;
import org.tessera.coding.EventCoder;
import org.tessera.coding.ModalityDetector;
import org.tessera.coding.MutableArticleMemory;
import org.tessera.coding.ParseView;
import org.tessera.lang.DictionaryMode;
import org.tessera.lang.LanguageSupport;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.Event;
import org.tessera.model.Evidence;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;
import org.tessera.model.RawDocument;
import org.tessera.model.Token;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.nlp.ArticleAnnotator;
import org.tessera.nlp.ParseFilter;
import org.tessera.petrarch.PetrarchDictionaries;
import org.tessera.testkit.Conllu;
import org.tessera.testkit.TestLanguage;

/**
 * The seams, used as a contributor would: a made-up language ("xx") with its own annotator and
 * its own coder, registered without editing any existing class, goes through the real pipeline and
 * the one finishing step; an article in a language without an annotator is skipped with the note
 * every language gets.
 */
class ToyLanguageTest {
    /** "A B C": the first word warns the last, in a language whose annotator we wrote for this test. */
    static final class ToyAnnotator implements ArticleAnnotator {
        @Override
        public AnnotatedArticle annotate(Article article, ParseFilter filter) {
            List<AnnotatedSentence> out = new ArrayList<>();
            int begin = 0;
            for (String s : article.text().split("(?<=\\.)\\s+")) {
                String[] w = s.replace(".", "").trim().split("\\s+");
                if (w.length != 3) continue;
                int at = article.text().indexOf(s, begin);
                out.add(Conllu.sentence(out.size(), at, String.join("\n",
                        "1 " + w[0] + " _ PROPN NNP _ 2 nsubj _ NER=COUNTRY",
                        "2 " + w[1] + " _ VERB VBD _ 0 root _ _",
                        "3 " + w[2] + " _ PROPN NNP _ 2 obj _ NER=COUNTRY")));
                begin = at + s.length();
            }
            return new AnnotatedArticle(article, out, List.of());
        }

        @Override
        public AnnotatorConfig config() {
            return AnnotatorConfig.defaults();
        }
    }

    /** Codes any parsed three-word sentence as a warning (130) from its first word to its last. */
    static final class ToyCoder implements EventCoder {
        private final CameoTable cameo = CameoTable.load();

        @Override
        public String name() {
            return "toy";
        }

        @Override
        public boolean worthParsing(List<Token> tokens) {
            return tokens.size() == 3;
        }

        @Override
        public List<CandidateEvent> code(ParseView view, AnnotatedArticle article, MutableArticleMemory memory) {
            AnnotatedSentence s = view.sentence();
            Actor source = new Actor(s.token(0).word(), "", s.token(0).word().toUpperCase(), "", ActorRule.COUNTRY, "toy");
            Actor target = new Actor(s.token(2).word(), "", s.token(2).word().toUpperCase(), "", ActorRule.COUNTRY, "toy");
            Evidence evidence = new Evidence(name(), "toy.warn", "130", "ToyCoder", source.resolution(), target.resolution(),
                    false, false, "", s.index(), 1, List.of());
            return List.of(new CandidateEvent(1, cameo.get("130"), s.token(1).word(), source, target, 0, false, evidence),
                    // The same dyad and root again, less specific: the finishing step's one merge rule keeps one.
                    new CandidateEvent(1, cameo.get("138"), s.token(1).word(), source, target, 2, false, evidence));
        }
    }

    static final class Toy implements LanguageSupport {
        @Override
        public String language() {
            return "xx";
        }

        @Override
        public ArticleAnnotator annotator(AnnotatorConfig config) {
            return new ToyAnnotator();
        }

        @Override
        public List<EventCoder> coders(PetrarchDictionaries dictionaries, DictionaryMode mode) {
            return List.of(new ToyCoder());
        }

        @Override
        public ModalityDetector modality() {
            return ModalityDetector.bundled();
        }
    }

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    private final Pipeline pipeline = new PipelineAssembly(PipelineConfig.defaults(), List.of(new Toy()), quiet).pipeline();

    @Test
    void aToyLanguageIsCodedThroughTheOneFinishingStep() {
        Article a = new Article("toy", 0, "", "Aland warns Borduria. Borduria warns Aland.", 0, new PartialDate(2021, 3, 1),
                DocumentDateOrigin.OPTION, "xx", "");
        List<Event> events = pipeline.code(a).events();
        assertEquals(List.of("ALAND>BORDURIA 138 asserted s0", "BORDURIA>ALAND 138 asserted s1"),
                events.stream().map(e -> e.source().code() + ">" + e.target().code() + " " + e.action().code().code() + " "
                        + e.modality().json() + " s" + e.sentenceIndex()).toList());
        Event first = events.get(0);
        assertEquals("toy", first.evidence().coder());
        assertEquals("2021-03-01", first.date().toString(), "dated by the finishing step from the article");
        assertEquals(first.confidence(), events.get(1).confidence());
        assertTrue(first.confidence() > 0.5, "scored by the finishing step: " + first.confidence());
        assertEquals(Modality.ASSERTED, first.modality());
        assertEquals(List.of("xx"), List.copyOf(pipeline.languages()));
    }

    @Test
    void aLanguageWithoutAnAnnotatorIsSkippedWithTheUsualNote() {
        String text = "The harbour council agreed on Tuesday to reopen the northern pier after a long dispute with the ferry company.\n";
        DocumentResult r = pipeline.process(new RawDocument("en.txt", "en.txt", text.getBytes(StandardCharsets.UTF_8), null, null));
        assertEquals(1, r.articles().size());
        assertEquals("language " + TestLanguage.ENGLISH + " not coded", r.articles().get(0).skipped());
        assertNull(r.articles().get(0).annotated());
        assertTrue(r.notes().get(0).endsWith("skipped: language " + TestLanguage.ENGLISH + " not coded"), r.notes().toString());
    }
}
