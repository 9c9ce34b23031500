package org.tessera.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.tessera.bench.HeapWatcher;
import org.tessera.bench.NewsCorpusGenerator;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.ProgressMeter;
import org.tessera.store.EventStore;

/**
 * The watch's rate and latency, measured ({@code tessera bench-watch}): a feed on 127.0.0.1 gains
 * one generated article every {@code gap}; the real watcher polls it every {@code every} and codes
 * each new article with the real pipeline (loaded and warmed up before the clock starts) into a temporary store.
 * It reports items per minute coded, from the first item's appearance to the last one's commit, and
 * the delay from an item's appearance in the feed to the commit of its document, from which on its
 * events are queryable (median, 95th percentile, maximum), with the peak heap.
 */
public final class WatchBench {
    /** Generated body sentences per wanted item: the generator writes articles of a few sentences. */
    private static final int SENTENCES_PER_ITEM = 25;

    /**
     * @param items   articles the feed gains, one by one
     * @param gap     time between two new items
     * @param every   time between two polls of the feed
     * @param threads coding threads
     * @param seed    of the generated articles
     */
    public record Settings(int items, Duration gap, Duration every, int threads, long seed) {
        public Settings {
            if (items < 1) throw new IllegalArgumentException("--items must be at least 1");
            if (gap.isNegative()) throw new IllegalArgumentException("--gap must not be negative");
            if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
        }
    }

    /** What was measured; delays in seconds, sorted. */
    public record Result(Settings settings, int stored, long events, double seconds, List<Double> delays, long peakHeapBytes,
                         long maxHeapBytes, List<String> watchErrors) {
        public Result {
            delays = List.copyOf(delays);
            watchErrors = List.copyOf(watchErrors);
        }

        public double itemsPerMinute() {
            return stored / Math.max(1e-9, seconds / 60);
        }

        /** Nearest-rank percentile of the delays ({@code p} in 0..1). */
        public double delay(double p) {
            if (delays.isEmpty()) return Double.NaN;
            int rank = (int) Math.ceil(p * delays.size());
            return delays.get(Math.max(0, Math.min(delays.size() - 1, rank - 1)));
        }

        public List<String> lines() {
            Settings s = settings;
            return List.of(
                    String.format(Locale.ROOT, "bench-watch: %d items, one every %.1f s, feed polled every %.1f s, coding on %d %s",
                            s.items(), s.gap().toMillis() / 1e3, s.every().toMillis() / 1e3, s.threads(), s.threads() == 1 ? "thread" : "threads"),
                    String.format(Locale.ROOT, "bench-watch: %d of %d items coded in %.1f s: %.1f items/min; %d events stored",
                            stored, s.items(), seconds, itemsPerMinute(), events),
                    String.format(Locale.ROOT, "bench-watch: delay from appearance in the feed to queryable events: median %.2f s, p95 %.2f s, max %.2f s",
                            delay(0.5), delay(0.95), delay(1.0)),
                    String.format(Locale.ROOT, "bench-watch: peak heap %d MiB in use of %d MiB allowed; %d watch errors",
                            peakHeapBytes >> 20, maxHeapBytes >> 20, watchErrors.size()));
        }
    }

    private final Settings settings;
    private final PrintStream err;

    /** {@code err}: progress, one line per stored item. */
    public WatchBench(Settings settings, PrintStream err) {
        this.settings = settings;
        this.err = err;
    }

    /** Runs the measurement; {@code pipeline} is asked for its pipeline once, before the clock starts. */
    public Result run(Supplier<Pipeline> pipeline) throws InterruptedException {
        int warmUp = 2 * settings.threads();
        int wanted = settings.items() + warmUp;
        List<RawDocument> docs = new NewsCorpusGenerator().generate(settings.seed(), wanted * SENTENCES_PER_ITEM).documents();
        if (docs.size() < wanted) throw new IllegalStateException("the generator wrote " + docs.size() + " articles, fewer than " + wanted);
        err.println("bench-watch: loading the pipeline and coding " + warmUp + " articles to warm it up (not timed)...");
        Pipeline loaded = pipeline.get();
        // Annotators load on first use, and the first articles run before the JIT has compiled
        // anything: articles of their own, outside the feed, take that cost before the clock starts.
        new BatchRunner(loaded, settings.threads()).run(docs.subList(settings.items(), wanted), r -> {
        }, new ProgressMeter(err, warmUp, false));
        Path dir = temporaryFolder();
        try (HeapWatcher heap = new HeapWatcher(); GrowingFeed feed = new GrowingFeed(docs.subList(0, settings.items()));
             EventStore store = EventStore.open(dir.resolve("store"))) {
            Map<String, Long> stored = new ConcurrentHashMap<>();
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            WatchSettings watch = new WatchSettings(settings.every(), 0, 4, Math.max(10_000, settings.items()), 3, Duration.ZERO,
                    Duration.ofSeconds(30));
            // Our own loopback server: no delay between requests, as many as the watch makes.
            FetchSettings fetch = FetchSettings.defaults().withPoliteness(Duration.ZERO, 4);
            heap.reset();
            String[] logAtEnd = {null};
            try (Watcher w = new Watcher(store, () -> loaded, settings.threads(), fetch, watch, Source.parse(List.of(feed.url())),
                    new PrintStream(log, true, StandardCharsets.UTF_8), id -> {
                        long at = System.nanoTime();
                        stored.put(id, at);
                        err.printf(Locale.ROOT, "bench-watch: %d/%d stored, %.2f s after it appeared%n", stored.size(), settings.items(),
                                (at - feed.appeared(id)) / 1e9);
                    })) {
                Thread rounds = new Thread(() -> {
                    try {
                        w.run();
                    } catch (InterruptedException | RuntimeException e) {
                        // stopped at the end of the measurement
                    }
                }, "bench-watch-rounds");
                rounds.start();
                feed.publishAll(settings.gap());
                long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                while (stored.size() < settings.items() && System.nanoTime() < deadline) Thread.sleep(20);
                // What the watch said while it was measured: stopping it by interruption may cut a write short
                // (Lucene closes a channel its thread is interrupted on), which is the bench's doing, not the watch's.
                logAtEnd[0] = log.toString(StandardCharsets.UTF_8);
                rounds.interrupt();
                rounds.join(60_000);
            }
            List<Double> delays = new ArrayList<>();
            long last = 0;
            for (Map.Entry<String, Long> e : stored.entrySet()) {
                delays.add((e.getValue() - feed.appeared(e.getKey())) / 1e9);
                last = Math.max(last, e.getValue());
            }
            delays.sort(null);
            double seconds = stored.isEmpty() ? 0 : (last - feed.firstAppeared()) / 1e9;
            String said = logAtEnd[0] != null ? logAtEnd[0] : log.toString(StandardCharsets.UTF_8);
            List<String> errors = said.lines().filter(l -> !l.contains(": round ")).toList();
            return new Result(settings, stored.size(), store.counts().events(), seconds, delays, heap.peakBytes(), HeapWatcher.maxBytes(),
                    errors);
        } catch (IOException e) {
            throw new UncheckedIOException("bench-watch: cannot start the feed server on 127.0.0.1", e);
        } finally {
            delete(dir);
        }
    }

    /**
     * An RSS feed on 127.0.0.1 (an ephemeral port) listing the articles published so far, with an
     * ETag, so an unchanged feed costs a 304 as a well-kept site's does; the articles themselves are
     * served as plain-text pages.
     */
    private static final class GrowingFeed implements AutoCloseable {
        private final HttpServer server;
        private final List<RawDocument> docs;
        private final List<String> shown = new CopyOnWriteArrayList<>();
        private final Map<String, Long> appeared = new ConcurrentHashMap<>();

        GrowingFeed(List<RawDocument> docs) throws IOException {
            this.docs = docs;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
            server.createContext("/", x -> {
                try (x) {
                    answer(x);
                }
            });
            server.start();
        }

        String url() {
            return url("/feed.xml");
        }

        private String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        /** Publishes the items one by one, {@code gap} apart; returns when the last is in the feed. */
        void publishAll(Duration gap) throws InterruptedException {
            for (int i = 0; i < docs.size(); i++) {
                if (i > 0) Thread.sleep(gap.toMillis());
                String url = url("/news/" + i);
                appeared.put(url, System.nanoTime());
                shown.add(url);
            }
        }

        long appeared(String url) {
            return appeared.get(url);
        }

        long firstAppeared() {
            return appeared.values().stream().min(Long::compare).orElseThrow();
        }

        private void answer(HttpExchange x) throws IOException {
            String path = x.getRequestURI().getPath();
            if (path.equals("/feed.xml")) {
                List<String> now = List.copyOf(shown);
                String etag = "\"" + now.size() + "\"";
                if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    x.sendResponseHeaders(304, -1);
                    return;
                }
                StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>bench-watch</title>");
                for (String url : now) b.append("<item><title>item</title><link>").append(url).append("</link></item>");
                x.getResponseHeaders().add("ETag", etag);
                send(x, "application/rss+xml", b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/news/") && shown.contains(url(path))) {
                send(x, "text/plain; charset=utf-8", docs.get(Integer.parseInt(path.substring("/news/".length()))).content());
            } else {
                x.sendResponseHeaders(404, -1);
            }
        }

        private static void send(HttpExchange x, String type, byte[] body) throws IOException {
            x.getResponseHeaders().add("Content-Type", type);
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("tessera-bench-watch-");
        } catch (IOException e) {
            throw new UncheckedIOException("bench-watch: cannot make a temporary folder for the store", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A temporary folder left behind costs disk, not results; the OS clears it in time.
        }
    }
}
