/**
 * Reading our own knowledge files: one entry a line, {@code #} comments, cells split at tabs (or,
 * for the event lexicon, at runs of spaces), and word lists of the {@code word<TAB>classes} shape
 * ({@link org.tessera.data.WordClasses}). Owns nothing but the line format and its error reporting
 * (file and line number on every problem); what the columns mean belongs to the packages that load them.
 */
package org.tessera.data;
