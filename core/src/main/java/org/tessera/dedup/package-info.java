/**
 * Near-duplicate detection for reposts and syndicated copies: word shingles ({@link org.tessera.dedup.Shingles}),
 * MinHash signatures ({@link org.tessera.dedup.MinHasher}) and locality-sensitive hashing by bands
 * ({@link org.tessera.dedup.LshBands}, with an in-memory {@link org.tessera.dedup.LshIndex}), and a Bloom
 * filter of band keys ({@link org.tessera.dedup.KeyFilter}) that spares a look-up of keys no story has. Our own small
 * implementation: a few pure functions over text and {@code long[]}, deterministic across JVMs and runs
 * (fixed seeds, no {@code String.hashCode}), so signatures and band keys can be stored and compared later.
 * It knows nothing of articles, databases or the pipeline; the store decides what a story is.
 */
package org.tessera.dedup;
