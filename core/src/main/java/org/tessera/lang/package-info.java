/**
 * The languages Tessera codes. Each {@link org.tessera.lang.LanguageSupport} brings an annotator
 * and the list of event coders for its language (English: CoreNLP and our dependency patterns,
 * plus PETRARCH dictionaries when a user gives them); {@link org.tessera.lang.Languages#standard()}
 * is the one list of them. Adding a language is writing one such class and naming it there; no
 * other code names a language.
 */
package org.tessera.lang;
