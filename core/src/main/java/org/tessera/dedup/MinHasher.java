package org.tessera.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * MinHash signatures: for each of {@code n} seeded hash functions, the least hash over a set of
 * shingles. The share of positions where two signatures agree estimates the sets' Jaccard
 * similarity (standard error about {@code 1/sqrt(n)}). Seeds are fixed so signatures stored by one
 * run compare with those of the next.
 */
public final class MinHasher {
    private final long[] seeds;

    public MinHasher(int n) {
        if (n < 1) throw new IllegalArgumentException("need at least one hash function");
        seeds = new long[n];
        long s = 0x5eed_7e55_e7a0_0001L;
        for (int i = 0; i < n; i++) {
            s += 0x9e3779b97f4a7c15L;
            seeds[i] = Hashing.mix(s);
        }
    }

    public int size() {
        return seeds.length;
    }

    /** The signature of a shingle set; all {@code Long.MAX_VALUE} for an empty set. */
    public long[] signature(long[] shingles) {
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Hashing.mix(sh ^ seeds[i]);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity: the share of agreeing positions. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("signatures of different lengths");
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }

    public static byte[] toBytes(long[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) b.putLong(v);
        return b.array();
    }

    public static long[] fromBytes(byte[] bytes) {
        if (bytes.length % Long.BYTES != 0) throw new IllegalArgumentException("not a signature: " + bytes.length + " bytes");
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] sig = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < sig.length; i++) sig[i] = b.getLong();
        return sig;
    }
}
