/**
 * Intake: everything between raw input and clean article text. This package owns reading inputs
 * (folders, JSON Lines, WARC, RSS/Atom, single files) into {@link org.tessera.model.RawDocument}s,
 * deciding whether bytes are a readable page at all (size, emptiness, binary content, character
 * encoding), removing site chrome from HTML and from scraped text dumps, cutting a page into its
 * articles, and settling each article's headline, publication date, canonical URL and language.
 * It does no linguistic annotation; its output, {@link org.tessera.model.CleanDocument}, is what
 * the annotation stage reads, with every article's offset pointing into the document's clean text.
 */
package org.tessera.intake;
