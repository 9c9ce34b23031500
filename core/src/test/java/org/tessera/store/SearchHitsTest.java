package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways a search reads its hits' sentences and articles (a look-up per hit for a page, one
 * scan for a deep page) read the same rows, and a sentence that is not there gives no hit.
 */
class SearchHitsTest {
    @TempDir
    Path tmp;

    @Test
    void lookUpsAndTheScanReadTheSameHits() {
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store);
            List<long[]> sentences = new ArrayList<>(store.query("t", "SELECT article_id, sentence_index FROM sentences ORDER BY article_id DESC, sentence_index",
                    ps -> {
                    }, rs -> new long[] {rs.getLong(1), rs.getInt(2)}));
            assertTrue(sentences.size() > 3, "the fixture should have several sentences");
            sentences.add(new long[] {sentences.get(0)[0], 9_999});
            Map<String, SearchHit> looked = LuceneIndex.hits(store, sentences);
            Map<String, SearchHit> scanned = LuceneIndex.scanned(store, sentences);
            assertEquals(scanned, looked);
            assertEquals(sentences.size() - 1, looked.size());
            assertFalse(looked.containsKey(sentences.get(0)[0] + ":9999"));
            SearchHit any = looked.get(sentences.get(0)[0] + ":" + sentences.get(0)[1]);
            assertFalse(any.sentence().isEmpty());
            assertFalse(any.doc().isEmpty());
        }
    }
}
