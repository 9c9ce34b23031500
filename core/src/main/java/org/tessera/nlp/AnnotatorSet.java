package org.tessera.nlp;

/**
 * Which CoreNLP annotators the English annotator runs. There is one configuration that codes:
 * {@link #CODER}. {@link #REFERENCE} is the set Tessera ran before it was measured stage by stage;
 * it is kept only so that {@code bench} can time it side by side with {@link #CODER} on the same
 * machine and input, and is never offered to a user.
 */
public enum AnnotatorSet {
    /**
     * What the coder reads, measured stage by stage on real news: the 3-class CRF model (PERSON,
     * ORGANIZATION, LOCATION: the only coarse types the coder reads), the fine-grained word lists
     * (COUNTRY, NATIONALITY, STATE_OR_PROVINCE, cased CITY), and SUTime and the dependency parser
     * only on the sentences the coder's parse filter accepts, since no other sentence is coded.
     */
    CODER,
    /**
     * Tessera's earlier set: all three CRF models, the numeric classifiers and SUTime inside NER on
     * every sentence, the same fine-grained word lists, the parser on accepted sentences.
     */
    REFERENCE
}
