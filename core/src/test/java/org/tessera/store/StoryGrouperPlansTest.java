package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.dedup.LshBands;
import org.tessera.dedup.MinHasher;
import org.tessera.dedup.NearDuplicates;

/**
 * The copies' candidate look-up, the band keys bound as one array, finds exactly the first articles
 * that the plain reading of the rule finds: those with a band row whose key is one of the keys.
 */
class StoryGrouperPlansTest {
    @TempDir
    Path tmp;

    @Test
    void theArrayLookUpFindsWhatAListOfTheKeysFinds() {
        StoryGrouper grouper = new StoryGrouper();
        String byArray = grouper.candidatesSql();
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
                String list = "SELECT DISTINCT article_id FROM lsh WHERE band_key IN (" + EventStore.placeholders(keys.size()) + ") ORDER BY article_id";
                List<Long> expected = store.query("t", list, ps -> EventStore.bind(ps, keys), rs -> rs.getLong(1));
                List<Long> found = store.query("t", byArray, ps -> ps.setObject(1, ps.getConnection().createArrayOf("BIGINT", keys.toArray())),
                        rs -> rs.getLong(1));
                assertEquals(expected, found);
                if (sig != stranger) assertFalse(found.isEmpty(), "a stored first article shares its own band keys");
            }
            List<Object> strangerKeys = new ArrayList<>();
            for (long k : bands.keys(stranger)) strangerKeys.add(k);
            assertEquals(List.of(), store.query("t", byArray,
                    ps -> ps.setObject(1, ps.getConnection().createArrayOf("BIGINT", strangerKeys.toArray())), rs -> rs.getLong(1)));
        }
    }
}
