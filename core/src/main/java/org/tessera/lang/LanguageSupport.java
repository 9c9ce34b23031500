package org.tessera.lang;

import java.util.List;
import org.tessera.coding.EventCoder;
import org.tessera.coding.ModalityDetector;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.nlp.ArticleAnnotator;
import org.tessera.petrarch.PetrarchDictionaries;

/**
 * Everything Tessera needs to code one language: its annotator and its list of coders. The
 * languages Tessera codes are exactly those with a {@code LanguageSupport} in
 * {@link Languages#standard()}; an article in any other is skipped with a message.
 */
public interface LanguageSupport {
    /** ISO 639-1 code, as the intake's language detector names it. */
    String language();

    /** Builds the language's annotator; costly (CoreNLP: tens of seconds), so called once per process. */
    ArticleAnnotator annotator(AnnotatorConfig config);

    /**
     * The language's coders, in the order they run. {@code dictionaries} are a user's PETRARCH
     * dictionaries or null; {@code mode} says whether they join our own knowledge or replace it.
     * This is where a new coder is named.
     */
    List<EventCoder> coders(PetrarchDictionaries dictionaries, DictionaryMode mode);

    /** How the language marks negation, hypotheses, futures and reported speech. */
    ModalityDetector modality();
}
