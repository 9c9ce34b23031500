package org.tessera.dedup;

/**
 * A Bloom filter of 64-bit keys: says for sure that a key was never added, and only maybe that it
 * was (about one wrong "maybe" in a thousand at capacity). The store asks it before looking a band
 * key up in its table, so an article that copies nothing (most of them) costs no look-up at all
 * however large the table grows. Written here, not taken from a library: commons-collections4's
 * filter changed its API at 4.5 and Spark's classpath carries 4.4, and Guava is not on ours.
 *
 * <p>Not thread-safe; the writer that owns one uses it alone.
 */
public final class KeyFilter {
    /** Bits per key at capacity and probes per key: 14.4 and 10 give a false "maybe" rate of 0.1 %. */
    private static final double BITS_PER_KEY = 14.4;
    private static final int PROBES = 10;

    private final long[] words;
    private final long bits;
    private final long capacity;
    private long added;

    /** A filter sized for {@code capacity} keys; past that it still answers, with more wrong "maybe"s. */
    public KeyFilter(long capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        long wanted = (long) Math.ceil(capacity * BITS_PER_KEY);
        long wordCount = Math.max(1, (wanted + 63) / 64);
        if (wordCount > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("a filter of " + capacity + " keys is too large");
        this.words = new long[(int) wordCount];
        this.bits = wordCount * 64;
        this.capacity = capacity;
    }

    public void add(long key) {
        long h1 = Hashing.mix(key);
        long h2 = Hashing.mix(h1 ^ 0x9e3779b97f4a7c15L) | 1;
        for (int i = 0; i < PROBES; i++) {
            long bit = Long.remainderUnsigned(h1 + i * h2, bits);
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
        added++;
    }

    /** False only for a key never added. */
    public boolean mightContain(long key) {
        long h1 = Hashing.mix(key);
        long h2 = Hashing.mix(h1 ^ 0x9e3779b97f4a7c15L) | 1;
        for (int i = 0; i < PROBES; i++) {
            long bit = Long.remainderUnsigned(h1 + i * h2, bits);
            if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) return false;
        }
        return true;
    }

    /** Whether more keys were added than it was sized for, so that a larger one should replace it. */
    public boolean full() {
        return added > capacity;
    }

    public long capacity() {
        return capacity;
    }
}
