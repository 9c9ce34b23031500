/**
 * Intake: everything between raw input and clean article text. This package owns reading inputs
 * into {@link org.tessera.model.RawDocument}s through one dispatcher, {@link org.tessera.intake.InputExpander},
 * in front of one {@link org.tessera.intake.InputFormat} class per format (folders, WARC, JSON Lines,
 * RSS/Atom, HTML, plain text, any other file) named in the one list
 * {@link org.tessera.intake.InputFormats}, all held to the same {@link org.tessera.intake.ReadLimits};
 * deciding whether bytes are a readable page at all (size, emptiness, binary content, character
 * encoding), removing site chrome from HTML and from scraped text dumps, cutting a page into its
 * articles, and settling each article's headline, publication date, canonical URL and language.
 * It does no linguistic annotation; its output, {@link org.tessera.model.CleanDocument}, is what
 * the annotation stage reads, with every article's offset pointing into the document's clean text.
 */
package org.tessera.intake;
