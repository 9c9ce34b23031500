package org.tessera.dedup;

/**
 * Cuts a MinHash signature into {@code bands} bands of {@code rows} values and hashes each band to
 * one key. Two signatures share a key in some band with probability {@code 1-(1-s^rows)^bands}
 * for similarity {@code s}: with 32 bands of 4 rows, 0.87 at s=0.5, 0.99 at s=0.6, under 0.01 at
 * s=0.1. The band number is part of the key, so one key space serves all bands.
 */
public final class LshBands {
    private final int bands;
    private final int rows;

    public LshBands(int bands, int rows) {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be at least 1");
        this.bands = bands;
        this.rows = rows;
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    public int signatureSize() {
        return bands * rows;
    }

    /** One key per band. */
    public long[] keys(long[] signature) {
        if (signature.length != bands * rows)
            throw new IllegalArgumentException("signature has " + signature.length + " values, bands need " + bands * rows);
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = Hashing.mix(0x1b873593L + b);
            for (int r = 0; r < rows; r++) h = Hashing.mix(h ^ signature[b * rows + r]) + r;
            keys[b] = h;
        }
        return keys;
    }

    /** Probability that two signatures of similarity {@code s} become candidates. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }
}
