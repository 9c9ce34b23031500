package org.tessera.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.bench.NewsCorpusGenerator;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.Pipeline;
import org.tessera.store.EventQuery;
import org.tessera.store.EventStore;
import org.tessera.testkit.SharedNlp;

/**
 * The watch's rate and latency, measured: a feed on 127.0.0.1 gains one generated article every
 * {@code watch.bench.gap} ms ({@code watch.bench.items} of them); a watch polling every half second
 * codes them with the real pipeline (loaded beforehand, so its start-up is not counted). Reported:
 * items per minute coded, and the delay from an item's appearance in the feed to the commit of its
 * document (its events are queryable from that commit on), median and 95th percentile. Only that
 * every item was stored with events is asserted; the figures depend on the machine.
 */
class WatchLatencyIT {
    private static final int ITEMS = Integer.getInteger("watch.bench.items", 12);
    private static final long GAP_MS = Long.getLong("watch.bench.gap", 1000);

    @TempDir
    Path dir;

    @Test
    void itemsPerMinuteAndTheDelayFromFeedToQueryableEvents() throws Exception {
        List<RawDocument> docs = new NewsCorpusGenerator().generate(17, ITEMS * 25).documents().subList(0, ITEMS);
        Pipeline pipeline = SharedNlp.pipeline();
        Map<String, Long> appeared = new ConcurrentHashMap<>();
        Map<String, Long> stored = new ConcurrentHashMap<>();
        List<String> shown = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LocalSite site = new LocalSite(); EventStore store = EventStore.open(dir.resolve("db"))) {
            for (int i = 0; i < ITEMS; i++) site.page("/news/" + i, "text/plain; charset=utf-8", new String(docs.get(i).content(), StandardCharsets.UTF_8));
            site.route("/feed.xml", x -> {
                StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>bench</title>");
                for (String url : shown) b.append("<item><title>item</title><link>").append(url).append("</link></item>");
                String body = b.append("</channel></rss>").toString();
                String etag = "\"" + shown.size() + "\"";
                if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    x.sendResponseHeaders(304, -1);
                    return;
                }
                x.getResponseHeaders().add("ETag", etag);
                LocalSite.send(x, 200, "application/rss+xml", body);
            });
            WatchSettings every = new WatchSettings(Duration.ofMillis(500), 0, 4, 10_000, 3, Duration.ZERO, Duration.ofSeconds(5));
            FetchSettings fetch = FetchSettings.defaults().withPoliteness(Duration.ZERO, 2);
            try (Watcher w = new Watcher(store, () -> pipeline, 1, fetch, every, Source.parse(List.of(site.url("/feed.xml"))),
                    new PrintStream(log, true, StandardCharsets.UTF_8), id -> stored.put(id, System.nanoTime()))) {
                Thread rounds = new Thread(() -> {
                    try {
                        w.run();
                    } catch (InterruptedException | RuntimeException e) {
                        // stopped at the end of the measurement
                    }
                }, "bench-watch");
                rounds.start();
                for (int i = 0; i < ITEMS; i++) {
                    String url = site.url("/news/" + i);
                    appeared.put(url, System.nanoTime());
                    shown.add(url);
                    Thread.sleep(GAP_MS);
                }
                long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                while (stored.size() < ITEMS && System.nanoTime() < deadline) Thread.sleep(50);
                rounds.interrupt();
                rounds.join(60_000);
            }
            assertEquals(ITEMS, stored.size(), log.toString(StandardCharsets.UTF_8));
            assertTrue(store.events(EventQuery.all().withLimit(500, 0)).size() >= ITEMS, "events from the generated articles");
        }
        List<Double> delays = new ArrayList<>();
        for (Map.Entry<String, Long> e : stored.entrySet()) delays.add((e.getValue() - appeared.get(e.getKey())) / 1e9);
        delays.sort(null);
        long first = appeared.values().stream().min(Long::compare).orElseThrow();
        long last = stored.values().stream().max(Long::compare).orElseThrow();
        double perMinute = ITEMS / ((last - first) / 60e9);
        String line = String.format(java.util.Locale.ROOT,
                "watch bench: %d items, one every %d ms: %.1f items/min coded; delay feed->queryable median %.2f s, p95 %.2f s, max %.2f s",
                ITEMS, GAP_MS, perMinute, percentile(delays, 0.5), percentile(delays, 0.95), delays.get(delays.size() - 1));
        System.out.println(line);
        assertTrue(delays.get(0) > 0);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
