package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.dedup.LshBands;
import org.tessera.dedup.MinHasher;
import org.tessera.dedup.NearDuplicates;

/** The two plans of the copies' candidate look-up (a scan of an IN list, or one index look-up per band) find the same articles. */
class StoryGrouperPlansTest {
    @TempDir
    Path tmp;

    @Test
    void theScanAndTheIndexLookUpsFindTheSameCandidates() {
        StoryGrouper grouper = new StoryGrouper();
        String scan = grouper.candidatesSql(0);
        String index = grouper.candidatesSql(StoryGrouper.SCAN_LIMIT);
        assertNotEquals(scan, index);
        LshBands bands = NearDuplicates.defaults().bands();
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store);
            List<long[]> signatures = store.query("t", "SELECT minhash FROM articles WHERE minhash IS NOT NULL ORDER BY article_id",
                    ps -> {
                    }, rs -> MinHasher.fromBytes(rs.getBytes(1)));
            assertFalse(signatures.isEmpty());
            // Each stored signature, and one no story shares a band with.
            long[] stranger = signatures.get(0).clone();
            for (int i = 0; i < stranger.length; i++) stranger[i] = ~stranger[i] * 31 + i;
            signatures = new ArrayList<>(signatures);
            signatures.add(stranger);
            for (long[] sig : signatures) {
                List<Object> keys = new ArrayList<>();
                for (long k : bands.keys(sig)) keys.add(k);
                List<String> byScan = rows(store, scan, keys);
                assertEquals(byScan, rows(store, index, keys));
                if (sig != stranger) assertFalse(byScan.isEmpty());
            }
            List<Object> strangerKeys = new ArrayList<>();
            for (long k : bands.keys(stranger)) strangerKeys.add(k);
            assertEquals(List.of(), rows(store, index, strangerKeys));
        }
    }

    /** The (band key, article) rows a plan reads, sorted: the plans need not give them in the same order. */
    private static List<String> rows(EventStore store, String sql, List<Object> keys) {
        List<String> rows = new ArrayList<>(store.query("t", sql, ps -> EventStore.bind(ps, keys), rs -> rs.getLong(1) + ":" + rs.getLong(2)));
        Collections.sort(rows);
        return rows;
    }
}
