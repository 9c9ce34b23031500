package org.tessera.pipeline;

import java.util.Optional;

/**
 * Articles coded before this run, looked up by the MinHash signature of a cleaned text
 * ({@link org.tessera.dedup.NearDuplicates#signature}): the store answers with the first article of
 * the story it would put that text in. Implementations must be thread-safe; the batch's workers
 * ask at once.
 */
@FunctionalInterface
public interface CodedArticles {
    /** The most similar coded article at or above the near-duplicate threshold, or empty. */
    Optional<CopyOf> nearest(long[] signature);
}
