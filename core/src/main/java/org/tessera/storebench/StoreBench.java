package org.tessera.storebench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tessera.server.StoreQueries;
import org.tessera.server.TesseraServer;
import org.tessera.store.EventStore;
import org.tessera.store.StoreWriter;

/**
 * The store at scale: fills a store with {@link SyntheticNews} through the store's own writer,
 * printing the ingest rate for each step of events as the store grows, then serves it on
 * 127.0.0.1 and times every API route the server declares over real HTTP, and the requests the
 * dashboard's first screen makes, in the order it makes them.
 */
public final class StoreBench {
    /** The dashboard's defaults: the RUS-BLR dyad by month, both directions, 25 events a page. */
    private static final List<String> FIRST_SCREEN = List.of("/", "/style.css", "/webjars/echarts/5.3.1/dist/echarts.min.js",
            "/vendor/topojson-client.min.js", "/app.js", "/api/stats", "/api/actors", "/api/dyad?source=RUS&target=BLR&by=month&both=true",
            "/api/events?limit=25&offset=0&source=RUS&target=BLR", "/api/events?limit=25&offset=0&source=BLR&target=RUS",
            "/api/network", "/vendor/countries-110m.json", "/api/events?limit=500", "/api/stats", "/api/sources");

    /** Realistic requests per route; every route the server declares must have some. */
    private static final Map<String, List<String>> REQUESTS = Map.of(
            "/api/dyad", List.of("source=RUS&target=BLR&by=month&both=true", "source=USA&target=CHN&by=week",
                    "source=UKR&target=RUS&by=day&from=2024-01&to=2024-06", "source=RUSGOV&target=UKR&by=quarter&both=true",
                    "source=ISR&target=IRN&by=year"),
            "/api/events", List.of("", "source=RUS&target=BLR", "source=USA", "target=CHN&quad=4", "code=04&from=2024-03&to=2024-04",
                    "source=UKR&modality=reported&offset=100", "source=FRA&target=DEU&from=2023&to=2023", "code=1823&limit=100"),
            "/api/search", List.of("q=sanctions", "q=consult", "q=Russia%20AND%20Belarus", "q=%22military%20force%22", "q=aid&offset=50"),
            "/api/actors", List.of(""),
            "/api/network", List.of("", "from=2024-01&to=2024-03", "from=2023"),
            "/api/stats", List.of(""),
            "/api/sources", List.of(""),
            "/openapi.json", List.of(""));

    /** What to run: {@code events} in the store (documents are added until it holds that many), ingest lines every {@code step}. */
    public record Options(long events, Path db, long seed, long step, StoreWriter.Batch batch, int requests) {
    }

    private final Options options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public StoreBench(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public void run() {
        try (EventStore store = EventStore.open(options.db())) {
            ingest(store);
            try (TesseraServer server = new TesseraServer(new StoreQueries(store), System.err)) {
                int port = server.start("127.0.0.1", 0);
                String base = "http://127.0.0.1:" + port;
                for (String route : server.routes()) route(base, route);
                firstScreen(base);
            }
        }
    }

    private void ingest(EventStore store) {
        long have = store.counts().events();
        if (have >= options.events()) {
            out.printf(Locale.ROOT, "ingest: the store already holds %d events (%s); not adding%n", have, store.counts());
            return;
        }
        StoreWriter.Batch batch = options.batch();
        out.printf(Locale.ROOT, "ingest: %d events of synthetic news (seed %d) into %s, up to %d documents or %d ms per transaction%n",
                options.events(), options.seed(), options.db(), batch.documents(), batch.millis());
        // About 5.3 events per story and 1 repost per story: the documents expected, for spreading the dates.
        long expectedDocs = options.events() * 2 / 5;
        SyntheticNews news = new SyntheticNews(options.seed(), LocalDate.of(2023, 1, 1), 730);
        StoreWriter writer = store.writer();
        long events = have;
        long docs = 0;
        long stepDocs = 0;
        long stepNanos = 0;
        long nextLine = (have / options.step() + 1) * options.step();
        long stepStart = events;
        while (events < options.events()) {
            SyntheticNews.Coded c = news.next(expectedDocs);
            long t = System.nanoTime();
            StoreWriter.Stored s = writer.stage(c.raw(), c.result(), batch, x -> {
            });
            stepNanos += System.nanoTime() - t;
            docs++;
            if (!s.added()) continue;
            stepDocs++;
            events += s.events();
            if (events >= nextLine || events >= options.events()) {
                long t1 = System.nanoTime();
                writer.flush();
                stepNanos += System.nanoTime() - t1;
                double secs = stepNanos / 1e9;
                out.printf(Locale.ROOT, "ingest %,9d-%,9d events: %6.1f s  %7.0f events/s  %6.0f documents/s  heap %4d MiB%n",
                        stepStart, events, secs, (events - stepStart) / secs, stepDocs / secs, usedHeapMiB());
                stepStart = events;
                stepDocs = 0;
                stepNanos = 0;
                nextLine += options.step();
            }
        }
        out.printf(Locale.ROOT, "ingest: %d documents generated; store now %s%n", docs, store.counts());
    }

    private void route(String base, String route) {
        List<String> queries = REQUESTS.get(route);
        if (queries == null) throw new IllegalStateException("the store benchmark has no requests for the route " + route + "; add some");
        List<String> urls = queries.stream().map(q -> base + route + (q.isEmpty() ? "" : "?" + q)).toList();
        for (String u : urls) get(u); // warm-up: each once
        long[] nanos = new long[options.requests()];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            get(urls.get(i % urls.size()));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "route %-14s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d requests, %d parameter sets)%n", route,
                ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(nanos[nanos.length - 1]), nanos.length, urls.size());
    }

    private void firstScreen(String base) {
        int rounds = 5;
        long[] nanos = new long[rounds];
        Map<String, Long> slowest = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (String path : FIRST_SCREEN) {
                long t = System.nanoTime();
                get(base + path);
                slowest.merge(path, System.nanoTime() - t, Math::max);
            }
            nanos[r] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        String worst = slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.0f ms", ms(e.getValue()))).toList().toString();
        out.printf(Locale.ROOT, "first screen (%d requests in the dashboard's order): p50 %.0f ms  max %.0f ms; slowest %s%n",
                FIRST_SCREEN.size(), ms(percentile(nanos, 50)), ms(nanos[rounds - 1]), worst);
    }

    private void get(String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new IllegalStateException(url + ": HTTP " + r.statusCode() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(url + ": interrupted", e);
        }
    }

    private static long percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long usedHeapMiB() {
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) used += p.getUsage().getUsed();
        return used >> 20;
    }
}
