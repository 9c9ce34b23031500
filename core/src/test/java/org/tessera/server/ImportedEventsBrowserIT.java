package org.tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tessera.store.EventStore;
import org.tessera.store.GdeltImport;
import org.tessera.store.Ingester;
import org.tessera.testkit.SharedNlp;

/**
 * A user's own coded events beside GDELT's for the same dyad, in headless Chromium: a store holds
 * two demo articles coded by the real pipeline and a GDELT-style table imported with
 * {@code tessera import}; the dashboard lists both for RUS and BLR, marks the imported ones, and its
 * Origin switch shows either kind alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportedEventsBrowserIT {
    private Path dir;
    private EventStore store;
    private TesseraServer server;
    private Browser browser;
    private String base;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        dir = Files.createTempDirectory("tessera-import-it");
        store = EventStore.open(dir.resolve("db"));
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        new Ingester(store, SharedNlp.locatingPipeline(), 1).run(
                List.of(DemoArticles.load("russia-belarus-energy.txt"), DemoArticles.load("russia-belarus-summit.txt")), err, false, id -> { });
        Path events = Path.of(getClass().getResource("/org/tessera/store/hand-made-gdelt.export.tsv").toURI());
        Path mentions = Path.of(getClass().getResource("/org/tessera/store/hand-made-gdelt.mentions.tsv").toURI());
        assertEquals(3, new GdeltImport(store, err).importFiles(events, mentions).events());
        server = new TesseraServer(new StoreQueries(store), System.err);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
        browser = new Browser(1400, 1500);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.close();
        if (server != null) server.close();
        if (store != null) store.close();
        if (dir != null) try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    /** The RUS-BLR dyad's events (both directions) under the chosen origin: each item's data-origin. */
    private List<WebElement> dyadEvents(String origin) {
        new Select(browser.driver.findElement(By.id("source-select"))).selectByValue("RUS");
        new Select(browser.driver.findElement(By.id("target-select"))).selectByValue("BLR");
        browser.js("document.body.dataset.eventsLoaded = ''; document.body.dataset.origin = '';");
        Select choice = new Select(browser.driver.findElement(By.id("origin-select")));
        // Choosing another origin redraws the dyad by itself; the same one needs Show.
        if (origin.equals(choice.getFirstSelectedOption().getAttribute("value"))) browser.driver.findElement(By.id("show-btn")).click();
        else choice.selectByValue(origin);
        waiting().until(d -> origin.equals(browser.dataset().get("origin")) && !String.valueOf(browser.dataset().get("eventsLoaded")).isEmpty());
        return browser.driver.findElements(By.cssSelector("#events .event"));
    }

    private static String origin(WebElement e) {
        return e.getAttribute("data-origin");
    }

    @Test
    void theDyadListsCodedAndImportedEventsAndTheOriginSwitchSeparatesThem() {
        browser.driver.get(base);
        waiting().until(d -> "true".equals(browser.dataset().get("ready")));

        List<WebElement> all = dyadEvents("all");
        List<String> origins = all.stream().map(ImportedEventsBrowserIT::origin).toList();
        assertTrue(origins.contains("coded"), "our coded events are listed: " + origins);
        assertEquals(2, origins.stream().filter("imported"::equals).count(), "GDELT's two RUS-BLR events: " + origins);
        WebElement imported = all.stream().filter(e -> "imported".equals(origin(e))).findFirst().orElseThrow();
        assertEquals("imported from GDELT", imported.findElement(By.cssSelector(".badge.imported")).getText());
        assertTrue(all.stream().filter(e -> "imported".equals(origin(e)))
                .anyMatch(e -> e.findElement(By.cssSelector(".dyad")).getText().startsWith("RUSGOV (RUSSIA) → BLR")), "GDELT's actor codes and names");
        assertTrue(imported.findElement(By.cssSelector(".imported-note")).getText().contains("hand-made-gdelt.export.tsv:"), imported.getText());

        List<String> onlyImported = dyadEvents("imported").stream().map(ImportedEventsBrowserIT::origin).toList();
        assertEquals(List.of("imported", "imported"), onlyImported);
        assertTrue(browser.driver.findElement(By.id("events-title")).getText().contains("imported from GDELT"));
        long bars = (Long) browser.js("const o = echarts.getInstanceByDom(document.getElementById('dyad-chart')).getOption();"
                + "return o.series.filter(s => s.type === 'bar').reduce((n, s) => n + s.data.filter(v => v !== 0).length, 0);");
        assertEquals(2, bars, "one bar for each direction's GDELT event, March 2024");

        List<String> onlyCoded = dyadEvents("coded").stream().map(ImportedEventsBrowserIT::origin).toList();
        assertFalse(onlyCoded.isEmpty());
        assertTrue(onlyCoded.stream().allMatch("coded"::equals), onlyCoded.toString());
        assertEquals(origins.size() - 2, onlyCoded.size());
    }
}
