/**
 * The one wrapper around Stanford CoreNLP. It turns an {@link org.tessera.model.Article} into our
 * own typed {@link org.tessera.model.AnnotatedArticle}; no other package imports
 * {@code edu.stanford.nlp}. The pipeline is expensive (tens of seconds, gigabytes of heap), so an
 * {@link org.tessera.nlp.Annotator} is built once by whoever owns the process and shared; it is
 * thread-safe. Dependency parsing, the costliest step, runs only on sentences a caller-supplied
 * filter says may hold an event, and never on sentences longer than the configured limit.
 */
package org.tessera.nlp;
