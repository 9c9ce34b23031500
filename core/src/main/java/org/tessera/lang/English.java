package org.tessera.lang;

import java.util.List;
import org.tessera.coding.CodingKnowledge;
import org.tessera.coding.DependencyPatternCoder;
import org.tessera.coding.EventCoder;
import org.tessera.coding.ModalityDetector;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.nlp.ArticleAnnotator;
import org.tessera.nlp.EnglishCoreNlpAnnotator;
import org.tessera.petrarch.PetrarchCoder;
import org.tessera.petrarch.PetrarchDictionaries;
import org.tessera.petrarch.PetrarchKnowledge;

/**
 * English: CoreNLP's English models, our dependency-pattern coder over our own knowledge files,
 * and, where the user gives PETRARCH dictionaries, the PETRARCH coder beside it.
 */
public final class English implements LanguageSupport {
    /** The one place the language code of English is written. */
    public static final String CODE = "en";

    @Override
    public String language() {
        return CODE;
    }

    @Override
    public ArticleAnnotator annotator(AnnotatorConfig config) {
        return new EnglishCoreNlpAnnotator(config);
    }

    @Override
    public List<EventCoder> coders(PetrarchDictionaries dictionaries, DictionaryMode mode) {
        CodingKnowledge ours = CodingKnowledge.bundled();
        if (dictionaries == null) return List.of(new DependencyPatternCoder(ours));
        CodingKnowledge extended = PetrarchKnowledge.extend(ours, dictionaries, mode == DictionaryMode.INSTEAD);
        return List.of(new DependencyPatternCoder(extended), new PetrarchCoder(dictionaries, ours.cameo()));
    }

    @Override
    public ModalityDetector modality() {
        return ModalityDetector.bundled();
    }
}
