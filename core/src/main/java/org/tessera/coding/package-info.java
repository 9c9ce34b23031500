/**
 * The event coder, Tessera's core: from an annotated sentence to CAMEO events. An
 * {@link org.tessera.coding.ArticleCoder} runs a list of {@link org.tessera.coding.EventCoder}s over
 * each parsed sentence and hands their candidates to the one {@link org.tessera.coding.EventFinisher}.
 * Our own coder, {@link org.tessera.coding.DependencyPatternCoder}, is a short chain of small steps:
 * resolve actor mentions ({@link org.tessera.coding.ActorResolver}, an ordered list of actor rules
 * over our country, organisation, role and people dictionaries), match event patterns at trigger
 * words ({@link org.tessera.coding.PatternMatcher} over the lexicon in {@code event-lexicon.txt};
 * what is said about an action, CAMEO's verbal families, by one table in {@code verbal-families.tsv}
 * applied by {@link org.tessera.coding.FamilyRule}) and find each event's source and target
 * ({@link org.tessera.coding.ArgumentFinder}). The finisher then decides modality
 * ({@link org.tessera.coding.ModalityDetector}) and date ({@link org.tessera.coding.EventDater}),
 * places ({@link org.tessera.coding.EventLocator}), scores ({@link org.tessera.coding.ConfidenceScorer})
 * and merges. Knowledge lives in the data files; this package holds only the logic that applies it,
 * and it never sees CoreNLP types — only our records from {@code org.tessera.model}.
 */
package org.tessera.coding;
