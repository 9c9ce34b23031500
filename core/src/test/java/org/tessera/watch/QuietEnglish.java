package org.tessera.watch;

import java.util.List;
import org.tessera.coding.EventCoder;
import org.tessera.coding.ModalityDetector;
import org.tessera.lang.DictionaryMode;
import org.tessera.lang.LanguageSupport;
import org.tessera.model.AnnotatedArticle;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.nlp.ArticleAnnotator;
import org.tessera.petrarch.PetrarchDictionaries;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;

/**
 * English without CoreNLP: articles pass through the real intake and store, unannotated and
 * uncoded, so the watcher's bookkeeping is tested in seconds. The one-JVM kill test codes for real.
 */
final class QuietEnglish implements LanguageSupport {
    static Pipeline pipeline() {
        return new PipelineAssembly(PipelineConfig.defaults(), List.of(new QuietEnglish()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).pipeline();
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public ArticleAnnotator annotator(AnnotatorConfig config) {
        return new ArticleAnnotator() {
            @Override
            public AnnotatedArticle annotate(org.tessera.model.Article article, org.tessera.nlp.ParseFilter filter) {
                return new AnnotatedArticle(article, List.of(), List.of());
            }

            @Override
            public AnnotatorConfig config() {
                return config;
            }
        };
    }

    @Override
    public List<EventCoder> coders(PetrarchDictionaries dictionaries, DictionaryMode mode) {
        return List.of(new EventCoder() {
            @Override
            public String name() {
                return "quiet";
            }

            @Override
            public boolean worthParsing(List<org.tessera.model.Token> tokens) {
                return false;
            }

            @Override
            public List<org.tessera.coding.CandidateEvent> code(org.tessera.coding.ParseView view, AnnotatedArticle article,
                                                               org.tessera.coding.MutableArticleMemory memory) {
                return List.of();
            }
        });
    }

    @Override
    public ModalityDetector modality() {
        return ModalityDetector.bundled();
    }
}
