/**
 * The event coder, Tessera's core: from an annotated sentence to CAMEO events. It is a short,
 * visible chain of small steps assembled in {@link org.tessera.coding.Coder}: resolve actor
 * mentions ({@link org.tessera.coding.ActorResolver} over our country, organisation, role and
 * people dictionaries), match event patterns at trigger words ({@link org.tessera.coding.PatternMatcher}
 * over the lexicon in {@code event-lexicon.txt}; what is said about an action, CAMEO's verbal families,
 * by one table in {@code verbal-families.tsv} applied by {@link org.tessera.coding.FamilyRule}), find each event's source and target
 * ({@link org.tessera.coding.ArgumentFinder}), decide modality ({@link org.tessera.coding.ModalityDetector})
 * and date ({@link org.tessera.coding.EventDater}), then score ({@link org.tessera.coding.ConfidenceScorer}).
 * Knowledge lives in the data files; this package holds only the logic that applies it, and it
 * never sees CoreNLP types — only our records from {@code org.tessera.model}.
 */
package org.tessera.coding;
