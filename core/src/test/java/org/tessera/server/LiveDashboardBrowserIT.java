package org.tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tessera.store.EventStore;
import org.tessera.testkit.SharedNlp;
import org.tessera.watch.FetchSettings;
import org.tessera.watch.Source;
import org.tessera.watch.WatchSettings;
import org.tessera.watch.Watcher;

/**
 * Issue 17's dashboard check: the server and a watch share one store (as {@code serve --watch}
 * runs them); a feed on 127.0.0.1 gains an item, and the open dashboard shows its event without
 * being reloaded, while the sources panel shows a broken feed as failing.
 */
class LiveDashboardBrowserIT {
    @TempDir
    Path dir;

    @Test
    void anEventAppearsWithoutAReloadAndAFailingSourceShowsAsFailing() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        List<String> items = new CopyOnWriteArrayList<>();
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        site.createContext("/", x -> {
            try (x) {
                switch (x.getRequestURI().getPath()) {
                    case "/feed.xml" -> send(x, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>wire</title>"
                            + String.join("", items) + "</channel></rss>");
                    case "/broken.xml" -> send(x, "application/rss+xml", "<rss><channel><item><title>cut");
                    case "/news/expulsion" -> send(x, "text/html", "<html><body><article><h1>Canada expels Iranian diplomats</h1><p>"
                            + "Canada expelled two Iranian diplomats on Friday, the foreign ministry in Ottawa said. "
                            + "The ministry gave the diplomats three days to leave the country.</p></article></body></html>");
                    default -> x.sendResponseHeaders(404, -1);
                }
            }
        });
        site.start();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        WatchSettings every = new WatchSettings(Duration.ofSeconds(1), 0, 2, 100, 3, Duration.ZERO, Duration.ofMinutes(5));
        try (EventStore store = EventStore.open(dir.resolve("db"));
             TesseraServer server = new TesseraServer(new StoreQueries(store), System.err);
             Watcher watcher = new Watcher(store, SharedNlp::pipeline, 1, FetchSettings.defaults().withPoliteness(Duration.ZERO, 2), every,
                     Source.parse(List.of(base + "/feed.xml", base + "/broken.xml")), new PrintStream(log, true, StandardCharsets.UTF_8), id -> {
                     });
             Browser browser = new Browser(1400, 1500)) {
            SharedNlp.pipeline(); // loaded before the clock starts
            Thread rounds = new Thread(() -> {
                try {
                    watcher.run();
                } catch (InterruptedException | RuntimeException e) {
                    // stopped at the end of the test
                }
            }, "live-dashboard-watch");
            rounds.setDaemon(true);
            rounds.start();
            browser.driver.get("http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/");
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
            wait.until(d -> "true".equals(browser.dataset().get("ready")));
            browser.js("window.sameDocument = 'yes';");
            wait.until(d -> !browser.driver.findElements(By.cssSelector("#sources li.failing")).isEmpty());
            String failing = browser.driver.findElement(By.cssSelector("#sources li.failing")).getText();
            assertTrue(failing.contains("/broken.xml") && failing.contains("not a readable feed"), failing);
            assertFalse(browser.driver.findElement(By.cssSelector("#sources li.ok")).getText().contains("/broken.xml"));
            assertEquals(0, browser.driver.findElements(By.cssSelector("#events .event")).size());

            items.add("<item><title>Canada expels Iranian diplomats</title><link>" + base + "/news/expulsion</link>"
                    + "<pubDate>Fri, 06 Mar 2026 15:20:00 GMT</pubDate></item>");
            new WebDriverWait(browser.driver, Duration.ofMinutes(3))
                    .until(d -> !browser.driver.findElements(By.cssSelector("#events .event")).isEmpty());
            assertEquals("yes", browser.js("return window.sameDocument;"), "the page was not reloaded");
            String event = browser.driver.findElement(By.cssSelector("#events .event")).getText();
            assertTrue(event.contains("expelled"), event);
            // The live line is the store's newest event, as /api/stats reports it, written as text.
            wait.until(d -> browser.dataset().get("newestEvent") != null);
            JsonNode newest = new ObjectMapper().readTree(new java.net.URL("http://127.0.0.1:" + server.port() + "/api/stats")).path("newestEvent");
            assertEquals(newest.path("id").asText(), browser.dataset().get("newestEvent"));
            assertEquals(base + "/news/expulsion", newest.path("source").asText());
            assertTrue(newest.path("date").asText().startsWith("2026-03-06"), newest.toString());
            assertTrue(java.time.Duration.between(java.time.Instant.parse(newest.path("storedAt").asText()), java.time.Instant.now())
                    .compareTo(Duration.ofMinutes(5)) < 0, newest.toString());
            String live = browser.driver.findElement(By.id("live")).getText();
            assertTrue(live.startsWith("Newest event dated " + newest.path("date").asText() + ", stored "), live);
            assertEquals(0L, browser.js("return document.getElementById('live').children.length;"));
            rounds.interrupt();
            rounds.join(30_000);
        } finally {
            site.stop(0);
        }
    }

    private static void send(HttpExchange x, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(200, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }
}
