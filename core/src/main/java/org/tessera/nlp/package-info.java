/**
 * Annotation: the {@link org.tessera.nlp.ArticleAnnotator} seam, one implementation per language,
 * and its first implementation, {@link org.tessera.nlp.EnglishCoreNlpAnnotator}, the one wrapper
 * around Stanford CoreNLP. It turns an {@link org.tessera.model.Article} into our own typed
 * {@link org.tessera.model.AnnotatedArticle}; no other package imports {@code edu.stanford.nlp}.
 * An annotator is expensive (tens of seconds, gigabytes of heap), so it is built once per process
 * by the pipeline assembly and shared; it is thread-safe. Dependency parsing, the costliest step,
 * runs only on sentences a caller-supplied filter says may hold an event, and never on sentences
 * longer than the configured limit.
 */
package org.tessera.nlp;
