package org.tessera.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.Pipeline;
import org.tessera.server.StoreQueries;
import org.tessera.server.TesseraServer;
import org.tessera.store.EventStore;
import org.tessera.store.Ingester;
import org.tessera.testkit.SharedNlp;

/**
 * The real server on loopback under eight concurrent virtual users (about 2,000 requests, at most
 * 60 s) on the API routes while an ingest adds to the same store in the same JVM. No request may
 * fail, every answer must parse and match its question, and counts that only grow (the dyad
 * total, the stored events) must never be seen to shrink by a user.
 */
class ServerLoadIT {
    private static final int USERS = 8;
    private static final int REQUESTS = 2000;
    private static final String[] ROUTES = {
        "/api/dyad?source=RUS&target=BLR&by=day", "/api/events?source=RUS&limit=20", "/api/search?q=talks&limit=20",
        "/api/actors", "/api/stats"};

    @TempDir
    Path tmp;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void routesAnswerCorrectlyUnderLoadWhileAnIngestWrites() throws Exception {
        List<RawDocument> first = documents(OurArticles.writeMany(tmp.resolve("first"), 5));
        List<RawDocument> more = documents(OurArticles.writeMany(tmp.resolve("more"), 30)).subList(5, 30);
        Pipeline pipeline = SharedNlp.pipeline();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
        try (EventStore store = EventStore.open(tmp.resolve("store"));
             TesseraServer server = new TesseraServer(new StoreQueries(store), new PrintStream(serverLog, true, StandardCharsets.UTF_8))) {
            new Ingester(store, pipeline, 1).run(first, quiet, false, id -> {
            });
            int port = server.start("127.0.0.1", 0);
            AtomicInteger commitsDuringLoad = new AtomicInteger();
            AtomicInteger issued = new AtomicInteger();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(USERS + 1);
            long t0 = System.nanoTime();
            Future<Ingester.Report> ingest = pool.submit(() -> new Ingester(store, pipeline, 1).run(more, quiet, false,
                    id -> commitsDuringLoad.incrementAndGet()));
            List<Future<?>> users = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                int user = u;
                users.add(pool.submit(() -> virtualUser(user, port, issued, deadline, errors, latencies)));
            }
            for (Future<?> f : users) f.get();
            double seconds = (System.nanoTime() - t0) / 1e9;
            int commitsSeen = commitsDuringLoad.get();
            Ingester.Report report = ingest.get();
            pool.shutdown();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
            double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6;
            System.out.printf("ServerLoadIT: %d requests served by %d users in %.1f s, %d errors, p50 %.1f ms, p99 %.1f ms; "
                            + "%d of %d documents committed during the load%n", sorted.size(), USERS, seconds, errors.size(), p50, p99,
                    commitsSeen, more.size());
            assertTrue(errors.isEmpty(), errors.size() + " errors, first: " + errors.stream().limit(5).toList() + "\nserver log:\n" + serverLog);
            assertTrue(sorted.size() >= REQUESTS || seconds >= 59, "only " + sorted.size() + " requests in " + seconds + " s");
            assertTrue(commitsSeen > 0, "the ingest committed nothing while the users were busy: no concurrency was tested");
            assertEquals(0, report.failed());
            assertEquals("", serverLog.toString(StandardCharsets.UTF_8), "the server logged failures");
        }
    }

    /** One user: requests in turn over the routes until the shared budget of requests or time runs out. */
    private void virtualUser(int user, int port, AtomicInteger issued, long deadline, ConcurrentLinkedQueue<String> errors,
                             List<Long> latencies) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long lastDyadTotal = -1;
        long lastEvents = -1;
        for (int i = user; issued.getAndIncrement() < REQUESTS && System.nanoTime() < deadline; i++) {
            String route = ROUTES[i % ROUTES.length];
            long t = System.nanoTime();
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + route))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                latencies.add(System.nanoTime() - t);
                if (r.statusCode() != 200) {
                    errors.add(route + " -> " + r.statusCode() + " " + r.body());
                    continue;
                }
                JsonNode j = mapper.readTree(r.body());
                String wrong = check(route, j);
                if (wrong != null) errors.add(route + ": " + wrong);
                if (route.startsWith("/api/dyad")) {
                    long total = j.path("series").path(0).path("events").asLong(0);
                    if (total < lastDyadTotal) errors.add(route + ": dyad total fell from " + lastDyadTotal + " to " + total);
                    lastDyadTotal = Math.max(lastDyadTotal, total);
                } else if (route.equals("/api/stats")) {
                    long events = j.path("events").asLong(-1);
                    if (events < lastEvents) errors.add(route + ": stored events fell from " + lastEvents + " to " + events);
                    lastEvents = Math.max(lastEvents, events);
                }
            } catch (Exception e) {
                errors.add(route + ": " + e);
            }
        }
    }

    /** Why an answer does not fit its question, or null when it does. */
    private static String check(String route, JsonNode j) {
        if (route.startsWith("/api/dyad")) {
            if (!"RUS".equals(j.path("source").asText()) || !j.path("series").isArray()) return "not a RUS dyad: " + j;
            long sum = 0;
            for (JsonNode p : j.path("series").path(0).path("points")) sum += p.path("events").asLong();
            return sum == j.path("series").path(0).path("events").asLong(0) ? null : "points do not add up to the total: " + j;
        }
        if (route.startsWith("/api/events") || route.startsWith("/api/search")) {
            if (!j.path("events").isArray()) return "no events array: " + j;
            if (j.path("events").size() > 20) return "more than the limit of 20";
            for (JsonNode e : j.path("events")) {
                if (!e.path("event").path("cameo").isTextual()) return "event without a CAMEO code: " + e;
                if (route.startsWith("/api/events") && !"RUS".equals(e.path("source").path("country").asText())
                        && !e.path("source").path("code").asText().startsWith("RUS"))
                    return "event whose source is not RUS: " + e;
            }
            return null;
        }
        if (route.equals("/api/actors")) return j.path("actors").isArray() ? null : "no actors array: " + j;
        if (route.equals("/api/stats")) return j.path("events").isNumber() ? null : "no events count: " + j;
        return "unexpected route";
    }

    private static List<RawDocument> documents(List<Path> files) {
        return BatchRunner.expand(files, 1 << 20, e -> {
            throw new AssertionError(e);
        });
    }
}
