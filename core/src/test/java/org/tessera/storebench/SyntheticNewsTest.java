package org.tessera.storebench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.store.EventStore;
import org.tessera.store.StoreCounts;
import org.tessera.store.StoreWriter;

/** The benchmark's news: the same seed gives the same bytes, and its reposts become mentions of their story's events. */
class SyntheticNewsTest {
    @TempDir
    Path tmp;

    @Test
    void theSameSeedGivesTheSameDocuments() {
        SyntheticNews a = new SyntheticNews(7, LocalDate.of(2023, 1, 1), 730);
        SyntheticNews b = new SyntheticNews(7, LocalDate.of(2023, 1, 1), 730);
        for (int i = 0; i < 200; i++) {
            SyntheticNews.Coded x = a.next(200);
            SyntheticNews.Coded y = b.next(200);
            assertEquals(x.raw().id(), y.raw().id());
            assertArrayEquals(x.raw().content(), y.raw().content());
            assertEquals(x.result(), y.result());
        }
    }

    @Test
    void repostsJoinTheirStoriesAsMentionsThroughTheWriter() {
        SyntheticNews news = new SyntheticNews(42, LocalDate.of(2023, 1, 1), 730);
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreWriter w = store.writer();
            int reposts = 0;
            for (int i = 0; i < 300; i++) {
                SyntheticNews.Coded c = news.next(300);
                if (c.raw().id().matches(".*/\\d+-\\d+")) reposts++;
                w.stage(c.raw(), c.result(), StoreWriter.Batch.DEFAULT, s -> {
                });
            }
            w.flush();
            StoreCounts n = store.counts();
            assertEquals(300, n.documents());
            assertTrue(reposts > 50, "reposts: " + reposts);
            assertEquals(300 - reposts, n.stories(), "each repost joins its story: " + n);
            assertTrue(n.mentions() > n.events() * 3 / 2, n.toString());
            assertTrue(store.actors().size() > 30, "many actors: " + store.actors().size());
        }
    }
}
