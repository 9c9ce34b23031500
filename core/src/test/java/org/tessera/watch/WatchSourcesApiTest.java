package org.tessera.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.server.StoreQueries;
import org.tessera.server.TesseraServer;
import org.tessera.store.EventStore;
import picocli.CommandLine;

/** {@code GET /api/sources} over a store a background watch (as {@code serve --watch} runs it) is filling. */
class WatchSourcesApiTest {
    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theApiListsEachSourceWithItsHealthWhileTheWatchRunsInTheServersProcess() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (LocalSite site = new LocalSite()) {
            site.page("/empty.xml", "application/rss+xml", NewsPages.rss(site.url(""), List.of()));
            site.page("/broken.xml", "application/rss+xml", "<rss><channel><item>");
            WatchOptions options = new WatchOptions();
            new CommandLine(options).parseArgs("--every", "1h", "--host-delay", "0");
            try (EventStore store = EventStore.open(dir.resolve("db"));
                 TesseraServer server = new TesseraServer(new StoreQueries(store), err)) {
                int port = server.start("127.0.0.1", 0);
                try (BackgroundWatch watch = BackgroundWatch.start(store,
                        Source.parse(List.of(site.url("/empty.xml"), site.url("/broken.xml"))), options, err)) {
                    JsonNode sources = awaitSources(port, 2);
                    JsonNode empty = sources.get(0).path("source").asText().endsWith("/empty.xml") ? sources.get(0) : sources.get(1);
                    JsonNode broken = sources.get(0) == empty ? sources.get(1) : sources.get(0);
                    assertFalse(empty.path("failing").asBoolean(), empty.toString());
                    assertTrue(empty.path("lastSuccess").isTextual(), empty.toString());
                    assertEquals(0, empty.path("stored").asInt());
                    assertTrue(broken.path("failing").asBoolean(), broken.toString());
                    assertTrue(broken.path("lastError").asText().startsWith("not a readable feed"), broken.toString());
                    assertEquals(1, broken.path("failures").asInt());
                    assertTrue(broken.path("nextAttempt").isTextual() && broken.path("lastSuccess").isNull(), broken.toString());
                }
                JsonNode doc = mapper.readTree(get(port, "/openapi.json"));
                assertTrue(doc.path("paths").has("/api/sources") && doc.path("components").path("schemas").has("Sources"));
                assertTrue(server.routes().contains("/api/sources"));
            }
        }
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("/broken.xml: not a readable feed"), bytes.toString(StandardCharsets.UTF_8));
    }

    private JsonNode awaitSources(int port, int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode s = mapper.readTree(get(port, "/api/sources")).path("sources");
            boolean polled = s.size() == n && (s.get(0).path("polls").asInt() > 0 && s.get(1).path("polls").asInt() > 0);
            if (polled || System.nanoTime() > deadline) return s;
            Thread.sleep(100);
        }
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
