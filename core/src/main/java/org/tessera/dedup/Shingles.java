package org.tessera.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of a text as 64-bit hashes. Words are runs of letters and digits, lower-cased;
 * punctuation, case and spacing therefore never make two copies differ. A text shorter than one
 * shingle gives one shingle of all its words, so short texts still compare.
 */
public final class Shingles {
    private final int size;

    public Shingles(int size) {
        if (size < 1) throw new IllegalArgumentException("shingle size must be at least 1");
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** The distinct shingle hashes of {@code text}, sorted; empty for a text without words. */
    public long[] of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) return new long[0];
        int n = Math.max(1, words.size() - size + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = Hashing.FNV_OFFSET;
            for (int j = i; j < Math.min(words.size(), i + size); j++) {
                h = Hashing.fnv(h, words.get(j));
                h = Hashing.fnv(h, " ");
            }
            out[i] = Hashing.mix(h);
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) return words;
        StringBuilder w = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                words.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
        });
        if (w.length() > 0) words.add(w.toString().toLowerCase(Locale.ROOT));
        return words;
    }

    /** Exact Jaccard similarity of two sorted shingle sets, for tests and for checking estimates. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) return 1.0;
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
