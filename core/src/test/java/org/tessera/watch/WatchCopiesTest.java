package org.tessera.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.pipeline.Pipeline;
import org.tessera.store.EventStore;

/** A watch that meets, after a restart, a repost of an article it stored: grouped with it, not annotated again. */
class WatchCopiesTest {
    @TempDir
    Path dir;

    private final LocalSite site = new LocalSite();
    private final PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    private final List<String> committed = new ArrayList<>();

    WatchCopiesTest() throws IOException {
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** One watch process: a new store object and pipeline on the same folder, one round; returns the pipeline it built. */
    private Pipeline watchOnce(int round) throws InterruptedException {
        AtomicReference<Pipeline> built = new AtomicReference<>();
        FetchSettings fetch = FetchSettings.defaults().withPoliteness(Duration.ZERO, 2)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        WatchSettings settings = new WatchSettings(Duration.ofHours(1), 0, 4, 1000, 3, Duration.ofSeconds(2), Duration.ofHours(6));
        try (EventStore store = EventStore.open(dir.resolve("db"));
             Watcher w = new Watcher(store, () -> {
                 built.set(QuietEnglish.pipeline());
                 return built.get();
             }, 1, fetch, settings, Source.parse(List.of(site.url("/feed.xml"))), err, committed::add)) {
            w.round(round);
        }
        return built.get();
    }

    @Test
    void aRepostUnderAnotherUrlJoinsTheStoredStoryWithoutAnnotation() throws Exception {
        NewsPages.Story original = NewsPages.STORIES.get(0);
        NewsPages.Story repost = new NewsPages.Story("reposted-fisheries", "Fisheries pact signed", "2026-03-03T08:00:00Z",
                original.body());
        NewsPages.servePages(site, List.of(original, repost));
        site.page("/feed.xml", "application/rss+xml", NewsPages.rss(site.url(""), List.of(original)));
        assertEquals(1, watchOnce(1).articlesAnnotated());

        site.page("/feed.xml", "application/rss+xml", NewsPages.rss(site.url(""), List.of(original, repost)));
        Pipeline second = watchOnce(1);
        assertEquals(0, second.articlesAnnotated(), "the repost is not annotated");
        assertEquals(1, second.copiesReused());

        // The watcher's document id is the item's URL; the repost has its own, and its own date, in the original's story.
        assertEquals(List.of(List.of(site.url("/news/" + original.slug()), "2026-03-02", "true"),
                        List.of(site.url("/news/" + repost.slug()), "2026-03-03", "true")),
                StoreTables.rows(dir.resolve("db"), "SELECT doc_id, CAST(pub_date AS VARCHAR), "
                        + "story_id = (SELECT min(article_id) FROM articles) FROM articles ORDER BY article_id"));
    }
}
