/**
 * PETRARCH/TABARI dictionaries and a PETRARCH-style coder over our parse. Readers turn the
 * decades-old text formats (verb blocks with patterns and {@code &} synonym sets, actor files
 * with {@code +} synonyms and date-ranged codes, agents, discards) into plain records; a bad
 * line is reported as {@code file:line: reason} and skipped, never fatal. {@link
 * org.tessera.petrarch.PetrarchMatcher} codes a parsed sentence the way PETRARCH does, as a façade
 * over three steps that can be used and tested apart: the {@code PhraseIndex} marks actor and agent
 * phrases in the tokens ({@code PhraseMarks}), the {@code VerbPatternMatcher} picks each
 * dictionary verb's pattern from the token sequence alone (pattern words in order around the verb),
 * and the {@code ArgumentFinder} reads sources and targets from the dependency parse through the
 * coder's {@link org.tessera.coding.ParseView}, combining actors and agents inside noun phrases.
 * {@link org.tessera.petrarch.PetrarchKnowledge} plugs the dictionaries into our {@code
 * CodingKnowledge} (actors into {@code ActorDictionary}, agents into {@code RoleLexicon}, the
 * matcher as the coder's extra sentence step). This package knows the formats and the matching; it
 * does not know the CLI, and it never sees CoreNLP types.
 */
package org.tessera.petrarch;
