package org.tessera.dedup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyFilterTest {
    @Test
    void everyAddedKeyIsMaybeAndFewOthersAre() {
        Random random = new Random(7);
        KeyFilter filter = new KeyFilter(100_000);
        Set<Long> added = new HashSet<>();
        while (added.size() < 100_000) {
            long k = random.nextLong();
            added.add(k);
            filter.add(k);
        }
        for (long k : added) assertTrue(filter.mightContain(k), "no false 'no'");
        int wrong = 0, asked = 0;
        while (asked < 200_000) {
            long k = random.nextLong();
            if (added.contains(k)) continue;
            asked++;
            if (filter.mightContain(k)) wrong++;
        }
        // 0.1 % expected at capacity: 200 of 200,000; a broken probe spread gives thousands.
        assertTrue(wrong < 600, wrong + " false 'maybe's of 200,000");
        assertFalse(filter.full());
        filter.add(1);
        assertTrue(filter.full(), "past its capacity");
    }

    @Test
    void keysThatDifferInOneBitAreTold() {
        KeyFilter filter = new KeyFilter(1_000);
        for (long k = 0; k < 1_000; k++) filter.add(k << 20);
        int wrong = 0;
        for (long k = 0; k < 1_000; k++) if (filter.mightContain((k << 20) | 1)) wrong++;
        assertTrue(wrong < 20, wrong + " neighbours taken for added keys");
    }

    @Test
    void aFilterHoldsAtLeastOneKey() {
        assertThrows(IllegalArgumentException.class, () -> new KeyFilter(0));
    }
}
