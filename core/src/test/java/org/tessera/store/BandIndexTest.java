package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.dedup.LshBands;
import org.tessera.dedup.NearDuplicates;
import org.tessera.store.StoreRows.BandRow;

/**
 * The writer's band index answers what the {@code lsh} table answers, key for key: through its
 * filter, through its map of recent keys (also once that map has dropped keys), after its filter
 * filled and was rebuilt, and when loaded again from the table.
 */
class BandIndexTest {
    private static final NearDuplicates DEDUP = NearDuplicates.defaults();
    private static final LshBands BANDS = DEDUP.bands();

    @TempDir
    Path tmp;

    @Test
    void answersAsTheTableDoesWhenItsRecentKeysAreFewAndDropped() throws SQLException {
        check(100, tmp.resolve("few"));
    }

    @Test
    void answersAsTheTableDoesWhenItsRecentKeysHoldEveryStory() throws SQLException {
        check(100_000, tmp.resolve("all"));
    }

    private void check(int recentKeys, Path db) throws SQLException {
        Random random = new Random(11);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) words.add("w" + Integer.toString(random.nextInt(1 << 20), 36));
        try (EventStore store = EventStore.open(db); WriterConnection c = WriterConnection.open(store)) {
            // A filter of 64 keys: outgrown several times over below.
            BandIndex index = BandIndex.load(c, StoryGrouper.CANDIDATE_SQL, 64, recentKeys);
            long startCapacity = index.filterCapacity();
            List<String> stories = new ArrayList<>();
            int withCandidates = 0, kept = 0;
            for (long id = 1; id <= 300; id++) {
                boolean copy = !stories.isEmpty() && random.nextInt(3) == 0;
                String text = copy ? edited(stories.get(random.nextInt(stories.size())), random, words) : story(random, words);
                long[] keys = BANDS.keys(DEDUP.signature(text));
                List<Long> fromIndex = index.candidates(c, keys);
                assertEquals(fromTable(c, keys), fromIndex, "article " + id);
                if (!fromIndex.isEmpty()) withCandidates++;
                if (!copy || random.nextBoolean()) {
                    // Kept as a story's first article, as StoryGrouper.remember does; a copy now and then too, so keys get several articles.
                    RowBinder.Insert<BandRow> insert = c.insert(BandRow.COLUMNS);
                    for (long k : keys) insert.add(new BandRow(k, id));
                    insert.executeBatch();
                    index.added(c, id, keys);
                    stories.add(text);
                    kept++;
                }
            }
            assertTrue(withCandidates > 50, withCandidates + " articles had candidates");
            assertEquals(32L * kept, index.rows());
            assertTrue(index.filterCapacity() > startCapacity, "the filter was rebuilt larger");
            BandIndex again = BandIndex.load(c, StoryGrouper.CANDIDATE_SQL);
            for (String s : stories.subList(0, 40)) {
                long[] keys = BANDS.keys(DEDUP.signature(edited(s, random, words)));
                assertEquals(fromTable(c, keys), again.candidates(c, keys));
                assertEquals(fromTable(c, keys), index.candidates(c, keys));
                assertFalse(again.candidates(c, BANDS.keys(DEDUP.signature(s))).isEmpty(), "a first article finds itself");
            }
            c.rollbackAndClose();
        }
    }

    private static List<Long> fromTable(WriterConnection c, long[] keys) throws SQLException {
        return StoryGrouper.fromTable(c.statement(StoryGrouper.CANDIDATE_SQL.of(0, keys.length))).sharing(keys);
    }

    private static String story(Random random, List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120; i++) sb.append(words.get(random.nextInt(words.size()))).append(i % 15 == 14 ? ". " : " ");
        return sb.toString();
    }

    /** A near-copy: a tenth of its words replaced, so most but not all of its bands are the original's. */
    private static String edited(String text, Random random, List<String> words) {
        String[] w = text.split(" ");
        for (int i = 0; i < w.length / 10; i++) w[random.nextInt(w.length)] = words.get(random.nextInt(words.size()));
        return String.join(" ", w);
    }
}
