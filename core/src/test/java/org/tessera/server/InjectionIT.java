package org.tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tessera.store.EventQuery;
import org.tessera.store.StoreCounts;

/**
 * Hostile input end to end: an ingested article whose title and text carry script and
 * event-handler payloads, and API calls whose parameters carry SQL. Nothing may execute: the page
 * shows the payload as text, the flag the payload would set stays unset, the API answers 400 or a
 * correct result, and the store is intact afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionIT {
    private TesseraServer server;
    private Http http;
    private String base;

    @BeforeAll
    void start() {
        server = new TesseraServer(new StoreQueries(IngestedDemoStore.store()), System.err);
        int port = server.start("127.0.0.1", 0);
        http = new Http(port);
        base = "http://127.0.0.1:" + port + "/";
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The payload survives ingest as data: the API hands it back verbatim inside JSON strings. */
    private List<JsonNode> payloadEvents() {
        JsonNode page = http.json(http.get("/api/events?limit=500"));
        List<JsonNode> hits = new java.util.ArrayList<>();
        for (JsonNode e : page.path("events"))
            if (e.path("doc").asText().equals(IngestedDemoStore.INJECTION_DOC)) hits.add(e);
        return hits;
    }

    @Test
    void markupInArticlesIsStoredAndServedAsPlainData() {
        List<JsonNode> events = payloadEvents();
        assertFalse(events.isEmpty(), "the hostile article was coded into events");
        assertTrue(events.stream().anyMatch(e -> e.path("title").asText().contains("<script>")), "title kept verbatim");
        assertTrue(events.stream().anyMatch(e -> e.path("sentence").asText().contains("<")), "sentence kept verbatim");
        HttpResponse<String> r = http.get("/api/events?limit=500");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void theDashboardShowsThePayloadAsTextAndRunsNothing() {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not installed");
        try (Browser b = new Browser(1300, 1400)) {
            b.driver.get(base);
            WebDriverWait wait = new WebDriverWait(b.driver, Duration.ofSeconds(30));
            wait.until(d -> "true".equals(b.dataset().get("ready")));
            // The hostile article's events: search for its words and also list its dyad.
            b.js("document.body.dataset.eventsLoaded = '';");
            WebElement box = b.driver.findElement(By.id("search-input"));
            box.sendKeys("border crossings");
            b.driver.findElement(By.id("search-btn")).click();
            wait.until(d -> !String.valueOf(b.dataset().get("eventsLoaded")).isEmpty());
            String listText = b.driver.findElement(By.id("events")).getText();
            assertTrue(listText.contains("<script>") || listText.contains("<img"), "payload shown as text: " + listText);
            assertTrue(b.driver.findElements(By.cssSelector("#events script, #events img, #events [onerror]")).isEmpty(),
                    "no element was created from article text");
            assertNull(b.js("return window.__tesseraPwned === undefined ? null : String(window.__tesseraPwned);"), "payload ran");
            assertEquals("Tessera dashboard", b.driver.getTitle());
            List<String> pwned = b.console().stream().filter(l -> l.contains("pwned")).toList();
            assertTrue(pwned.isEmpty(), pwned.toString());
        }
    }

    @Test
    void sqlInParametersIsRefusedOrHarmlessAndTheStoreIsIntact() {
        StoreCounts before = IngestedDemoStore.store().counts();
        int eventsBefore = IngestedDemoStore.store().events(EventQuery.all()).size();
        for (String p : List.of("source=" + enc("RUS' OR 1=1 --"), "target=" + enc("BLR\"; DROP TABLE events; --"),
                "code=" + enc("04' OR '1'='1"), "from=" + enc("2024-01-01' OR 1=1 --"), "modality=" + enc("asserted' --"))) {
            HttpResponse<String> r = http.get("/api/events?" + p);
            assertEquals(400, r.statusCode(), p + " -> " + r.body());
            assertTrue(http.json(r).path("error").isTextual());
        }
        HttpResponse<String> d = http.get("/api/dyad?source=" + enc("RUS' OR 1=1 --") + "&target=BLR");
        assertEquals(400, d.statusCode());
        for (String q : List.of("Russia' OR '1'='1", "\"; DROP TABLE events; --", "x') UNION SELECT * FROM events --", "<script>")) {
            HttpResponse<String> r = http.get("/api/search?q=" + enc(q));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, q + " -> " + r.statusCode() + " " + r.body());
            JsonNode body = http.json(r);
            if (r.statusCode() == 200) {
                for (JsonNode e : body.path("events")) {
                    String hay = (e.path("sentence").asText() + " " + e.path("title").asText() + " " + e.path("event").path("text").asText()
                            + " " + e.path("source").toString() + " " + e.path("target").toString()).toLowerCase(); // actor names are indexed too
                    assertTrue(hay.contains("russia") || hay.contains("events") || hay.contains("script") || hay.contains("select")
                            || hay.contains("drop") || hay.contains("union"), "a search hit must match a word of the query: " + q + " -> " + e);
                }
            }
        }
        assertEquals(before, IngestedDemoStore.store().counts(), "store counts unchanged");
        assertEquals(eventsBefore, IngestedDemoStore.store().events(EventQuery.all()).size());
    }
}
