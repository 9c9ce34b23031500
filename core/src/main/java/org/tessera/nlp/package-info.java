/**
 * Annotation: the {@link org.tessera.nlp.ArticleAnnotator} seam, one implementation per language,
 * and its first implementation, {@link org.tessera.nlp.EnglishCoreNlpAnnotator}, the one wrapper
 * around Stanford CoreNLP. It turns an {@link org.tessera.model.Article} into our own typed
 * {@link org.tessera.model.AnnotatedArticle}; no other package imports {@code edu.stanford.nlp}.
 * An annotator is expensive (tens of seconds, gigabytes of heap), so it is built once per process
 * by the pipeline assembly and shared; it is thread-safe. It runs only what the coder reads, as
 * measured step by step ({@link org.tessera.nlp.StageClock}, printed by {@code bench}): the 3-class
 * CRF, our own look-up of the fine-grained word lists ({@link org.tessera.nlp.WordListTagger}),
 * the parser only on sentences a caller-supplied filter says may hold an event, and SUTime only on
 * sentences that got one. {@link org.tessera.nlp.AnnotatorSet#REFERENCE} keeps the earlier set
 * for the bench to compare with.
 */
package org.tessera.nlp;
