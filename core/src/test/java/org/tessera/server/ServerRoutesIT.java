package org.tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every route of the real server on a free port, over a real store of ingested articles, over plain HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerRoutesIT {
    private TesseraServer server;
    private Http http;

    @BeforeAll
    void start() {
        server = new TesseraServer(new StoreQueries(IngestedDemoStore.store()), System.err);
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    private JsonNode ok(String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return http.json(r);
    }

    private void badRequest(String path, String mentions) {
        HttpResponse<String> r = http.get(path);
        assertEquals(400, r.statusCode(), path + " -> " + r.body());
        JsonNode body = http.json(r);
        assertTrue(body.path("error").isTextual(), r.body());
        assertTrue(body.path("error").asText().contains(mentions), path + ": " + r.body());
        assertSecurityHeaders(r, path);
    }

    private static void assertSecurityHeaders(HttpResponse<String> r, String path) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && csp.contains("object-src 'none'")
                && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), path + ": " + csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void dyadByMonthCountsRussiaActingOnBelarus() {
        JsonNode d = ok("/api/dyad?source=RUS&target=BLR&by=month");
        assertEquals("month", d.path("by").asText());
        assertEquals(1, d.path("series").size());
        JsonNode s = d.path("series").get(0);
        assertEquals("RUS", s.path("source").asText());
        assertTrue(s.path("events").asLong() > 0, d.toString());
        assertEquals(d.path("periods").size(), s.path("points").size());
        long sum = 0;
        for (JsonNode p : s.path("points")) for (JsonNode q : p.path("quad")) sum += q.asLong();
        assertEquals(s.path("events").asLong(), sum);
        assertTrue(d.path("periods").get(0).path("period").asText().matches("\\d{4}-\\d{2}"), d.toString());
    }

    @Test
    void dyadWithBothGivesTheReverseDirectionToo() {
        JsonNode d = ok("/api/dyad?source=RUS&target=BLR&by=quarter&both=true");
        assertEquals(2, d.path("series").size());
        assertEquals("BLR", d.path("series").get(1).path("source").asText());
        assertTrue(d.path("periods").get(0).path("period").asText().matches("\\d{4}-Q[1-4]"), d.toString());
    }

    @Test
    void dyadOutsideTheDataIsEmptyNotAnError() {
        JsonNode d = ok("/api/dyad?source=RUS&target=BLR&from=1990&to=1990-12-31");
        assertEquals(0, d.path("periods").size());
        assertEquals(0, d.path("series").get(0).path("events").asLong());
    }

    @Test
    void eventsFilterByDyadAndReturnContractRecords() {
        JsonNode page = ok("/api/events?source=RUS&target=BLR&limit=5");
        assertTrue(page.path("events").size() > 0, page.toString());
        for (JsonNode e : page.path("events")) {
            assertEquals("RUS", e.path("source").path("country").asText());
            assertEquals("BLR", e.path("target").path("country").asText());
            assertFalse(e.path("sentence").asText().isEmpty());
            assertTrue(e.path("event").path("cameo").asText().matches("\\d{2,4}"));
            assertTrue(e.has("modality") && e.has("confidence"));
        }
    }

    @Test
    void eventsPageWithLimitAndOffset() {
        JsonNode all = ok("/api/events?limit=500");
        int n = all.path("events").size();
        assertTrue(n >= 3, all.toString());
        JsonNode first = ok("/api/events?limit=2");
        assertTrue(first.path("more").asBoolean());
        JsonNode second = ok("/api/events?limit=2&offset=2");
        assertEquals(all.path("events").get(2).path("sentence"), second.path("events").get(0).path("sentence"));
        assertFalse(ok("/api/events?limit=500").path("more").asBoolean());
    }

    @Test
    void eventsFilterByQuadCodeModalityAndPeriod() {
        for (JsonNode e : ok("/api/events?quad=4&limit=100").path("events")) assertEquals(4, e.path("event").path("quad").asInt());
        for (JsonNode e : ok("/api/events?code=16&limit=100").path("events"))
            assertTrue(e.path("event").path("cameo").asText().startsWith("16"));
        for (JsonNode e : ok("/api/events?modality=asserted&limit=100").path("events")) assertEquals("asserted", e.path("modality").asText());
        for (JsonNode e : ok("/api/events?from=2024-02&to=2024-02&limit=100").path("events"))
            assertTrue(e.path("date").asText().startsWith("2024-02"), e.toString());
    }

    @Test
    void searchFindsSentencesByWord() {
        JsonNode page = ok("/api/search?q=sanctions");
        assertTrue(page.path("events").size() > 0, page.toString());
        for (JsonNode e : page.path("events"))
            assertTrue((e.path("sentence").asText() + e.path("title").asText()).toLowerCase().contains("sanction"), e.toString());
    }

    @Test
    void searchWithQuotesAndOperatorsIsAnsweredNotCrashed() {
        for (String q : List.of("\"Belarus", "Russia' OR 1=1 --", "\"'; DROP TABLE events; --", "sanctions AND (", "*")) {
            HttpResponse<String> r = http.get("/api/search?q=" + enc(q));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, q + " -> " + r.statusCode() + " " + r.body());
            assertTrue(http.json(r).has(r.statusCode() == 200 ? "events" : "error"), r.body());
        }
    }

    @Test
    void actorsListCountriesAndCodes() {
        JsonNode a = ok("/api/actors").path("actors");
        Set<String> codes = new HashSet<>();
        a.forEach(x -> codes.add(x.path("code").asText()));
        assertTrue(codes.containsAll(Set.of("RUS", "BLR")), codes.toString());
        assertEquals("country", a.get(0).path("kind").asText());
    }

    @Test
    void networkHasTheRussiaBelarusEdge() {
        JsonNode n = ok("/api/network");
        boolean found = false;
        for (JsonNode e : n.path("edges")) {
            found |= e.path("source").asText().equals("RUS") && e.path("target").asText().equals("BLR");
            assertTrue(e.path("goldstein").asDouble() >= -10 && e.path("goldstein").asDouble() <= 10);
        }
        assertTrue(found, n.toString());
        assertTrue(n.path("nodes").size() >= 2);
        assertEquals(0, ok("/api/network?from=1990&to=1990").path("edges").size());
    }

    @Test
    void statsCountTheIngestedEvents() {
        JsonNode s = ok("/api/stats");
        assertTrue(s.path("events").asLong() > 0);
        assertEquals(IngestedDemoStore.ARTICLES.size() + 1, s.path("documents").asLong());
        assertTrue(s.path("firstDate").asText().startsWith("2024"), s.toString());
        // The newest event is the one stored last: ids count up from 1 as events are stored, so the last has the count for id.
        JsonNode newest = s.path("newestEvent");
        assertEquals(s.path("events").asLong(), newest.path("id").asLong(), newest.toString());
        assertTrue(newest.path("storedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), newest.toString());
        assertTrue(newest.path("source").isTextual() && newest.has("date"), newest.toString());
    }

    @Test
    void openApiParsesAndListsEveryRoute() {
        JsonNode doc = ok("/openapi.json");
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        Set<String> paths = new HashSet<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(new HashSet<>(server.routes()), paths, "routes declared vs documented");
        assertTrue(paths.containsAll(Set.of("/api/dyad", "/api/events", "/api/search", "/api/actors", "/api/network", "/api/stats")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dyad?source=RUS&target=BLR&by=fortnight|by", "/api/dyad?source=R$S&target=BLR|source",
            "/api/dyad?target=BLR|source", "/api/dyad?source=RUS&target=BLR&from=2024-13-01|from",
            "/api/dyad?source=RUS&target=BLR&from=yesterday|from", "/api/dyad?source=RUS&target=BLR&to=2024-02-30|to",
            "/api/dyad?source=RUS&target=BLR&from=2024-05&to=2024-01|after", "/api/dyad?source=RUS&target=BLR&both=maybe|both",
            "/api/dyad?source=RUS&target=BLR&sorce=X|unknown parameter", "/api/events?quad=5|quad", "/api/events?code=4a|code",
            "/api/events?modality=certain|modality", "/api/events?limit=0|limit", "/api/events?limit=100000|limit",
            "/api/events?offset=-1|offset", "/api/events?source=RUS&source=BLR|more than once", "/api/search|q",
            "/api/network?from=2024-1-1|from", "/api/stats?x=1|unknown parameter"})
    void badParametersAre400WithAJsonMessage(String caseLine) {
        String[] parts = caseLine.split("\\|");
        badRequest(parts[0].replace("$", "%24"), parts[1]);
    }

    @Test
    void sqlInAnActorParameterIsRefused() {
        badRequest("/api/events?source=" + enc("RUS' OR 1=1 --"), "source");
        badRequest("/api/dyad?source=RUS&target=" + enc("BLR'; DROP TABLE events; --"), "target");
    }

    @Test
    void unknownApiRouteIs404Json() {
        HttpResponse<String> r = http.get("/api/nothing-here");
        assertEquals(404, r.statusCode());
        assertTrue(http.json(r).path("error").asText().contains("/api/nothing-here"));
        assertSecurityHeaders(r, "/api/nothing-here");
        assertEquals(404, http.get("/no-such-page.html").statusCode());
    }

    @Test
    void dashboardAndItsAssetsAreServedLocallyWithSecurityHeaders() {
        for (String p : List.of("/", "/app.js", "/style.css", "/vendor/countries-110m.json", "/vendor/topojson-client.min.js",
                "/webjars/echarts/5.3.1/dist/echarts.min.js", "/api/stats", "/openapi.json")) {
            HttpResponse<String> r = http.get(p);
            assertEquals(200, r.statusCode(), p);
            assertSecurityHeaders(r, p);
        }
        String html = http.get("/").body();
        assertTrue(html.contains("id=\"dyad-chart\""));
        assertFalse(html.contains("<script>"), "no inline script in the page");
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/vendor/..%2f..%2f..%2f..%2fetc%2fpasswd",
            "/webjars/../../../../etc/passwd", "/webjars/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%5c..%5c..%5cetc%5cpasswd",
            "/vendor/%2e%2e/%2e%2e/server/TesseraServer.class", "/vendor/../../server/TesseraServer.class"})
    void noPathTraversalThroughStaticPaths(String target) {
        String response = http.raw(target);
        String status = response.lines().findFirst().orElse("");
        assertFalse(response.contains("root:x:0:0"), target + " leaked /etc/passwd");
        assertFalse(response.contains("CAFEBABE") || response.contains("\u00ca\u00fe\u00ba\u00be"), target + " leaked a class file");
        assertFalse(status.contains(" 200 ") && !response.contains("id=\"dyad-chart\""), target + " -> " + status);
    }

    @Test
    void actorParameterCannotNameAFile() {
        HttpResponse<String> r = http.get("/api/events?source=" + enc("../../etc/passwd"));
        assertEquals(400, r.statusCode());
        assertNotNull(http.json(r).path("error").asText(null));
    }
}
