package org.tessera.dedup;

/**
 * The near-duplicate settings in one place: shingle size, MinHash bands and rows, and the
 * similarity from which two texts count as copies of one story.
 *
 * <p>Defaults: 4-word shingles, 32 bands of 4 rows (128 hashes), threshold 0.5. Why: a short
 * article of 100 words reposted under a different 15-word page header on each site keeps a
 * Jaccard similarity near 0.7, while two different articles on the same topic share well under
 * 0.1 of their 4-word shingles; 0.5 sits safely between, and 32x4 bands make such a pair a
 * candidate with probability 0.87 at 0.5 and 0.99 at 0.6.
 */
public record NearDuplicates(int shingleSize, int bandCount, int rowsPerBand, double threshold, int minShingles) {
    public NearDuplicates {
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in (0, 1]");
        if (minShingles < 1) throw new IllegalArgumentException("minShingles must be at least 1");
        if (shingleSize < 1 || bandCount < 1 || rowsPerBand < 1) throw new IllegalArgumentException("sizes must be at least 1");
    }

    public static NearDuplicates defaults() {
        return new NearDuplicates(4, 32, 4, 0.5, 5);
    }

    public Shingles shingles() {
        return new Shingles(shingleSize);
    }

    public MinHasher minHasher() {
        return new MinHasher(bandCount * rowsPerBand);
    }

    public LshBands bands() {
        return new LshBands(bandCount, rowsPerBand);
    }

    /** The MinHash signature of a text. */
    public long[] signature(String text) {
        return minHasher().signature(shingles().of(text));
    }

    /** True when a text has enough words to be compared at all (tiny texts would match each other by chance). */
    public boolean comparable(String text) {
        return shingles().of(text).length >= minShingles;
    }
}
