package org.tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium over the real server and a real store of ingested articles:
 * pick RUS and BLR, see the dyad chart and the events behind it, click a bar, search, and save a
 * screenshot to {@code target/dashboard.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {
    private TesseraServer server;
    private Browser browser;
    private String base;

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        server = new TesseraServer(new StoreQueries(IngestedDemoStore.store()), System.err);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
        browser = new Browser(1400, 1500);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    private void openDashboard() {
        browser.driver.get(base);
        waiting().until(d -> "true".equals(browser.dataset().get("ready")));
    }

    @Test
    void selectingRussiaAndBelarusShowsTheirDyadAndRealEvents() throws Exception {
        openDashboard();
        new Select(browser.driver.findElement(By.id("source-select"))).selectByValue("RUS");
        new Select(browser.driver.findElement(By.id("target-select"))).selectByValue("BLR");
        new Select(browser.driver.findElement(By.id("by-select"))).selectByValue("month");
        browser.js("document.body.dataset.eventsLoaded = '';");
        browser.driver.findElement(By.id("show-btn")).click();
        waiting().until(d -> !String.valueOf(browser.dataset().get("eventsLoaded")).isEmpty()
                && !"0".equals(browser.dataset().get("eventsLoaded")));

        assertEquals("RUS-BLR", browser.dataset().get("dyad"));
        assertTrue(browser.driver.findElement(By.id("dyad-title")).getText().contains("RUS"));
        assertFalse(browser.driver.findElements(By.cssSelector("#dyad-chart canvas")).isEmpty(), "chart drawn");
        long bars = (Long) browser.js("const o = echarts.getInstanceByDom(document.getElementById('dyad-chart')).getOption();"
                + "return o.series.filter(s => s.type === 'bar').reduce((n, s) => n + s.data.filter(v => v !== 0).length, 0);");
        assertTrue(bars > 0, "the chart has non-empty bars");

        List<WebElement> events = browser.driver.findElements(By.cssSelector("#events .event"));
        assertFalse(events.isEmpty());
        for (WebElement e : events) {
            String dyad = e.findElement(By.cssSelector(".dyad")).getText();
            assertTrue(dyad.contains("RUS") && dyad.contains("BLR"), dyad);
            assertFalse(e.findElement(By.cssSelector(".sentence")).getText().isBlank());
            assertTrue(e.findElement(By.cssSelector(".badge.mod")).getText().matches("asserted|negated|future|hypothetical|reported"));
            assertTrue(e.getText().contains("confidence"));
        }
        assertFalse(browser.driver.findElements(By.cssSelector("#events mark.act")).isEmpty(), "action words highlighted");
        assertFalse(browser.driver.findElements(By.cssSelector("#events mark.src")).isEmpty(), "actor words highlighted");

        clickTheFirstBarAndSeeOnlyItsEvents();

        assertFalse(browser.driver.findElements(By.cssSelector("#network-chart canvas")).isEmpty(), "network drawn");
        assertFalse(browser.driver.findElements(By.cssSelector("#map-chart canvas")).isEmpty(), "map drawn");
        String mapNote = browser.driver.findElement(By.id("map-note")).getText();
        assertTrue(mapNote.contains("No located events") || mapNote.contains("places"), mapNote);

        // Mouse off the charts, so the screenshot shows them unhovered, without a tooltip.
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.cssSelector("header h1"))).perform();
        browser.js("window.scrollTo(0, 0);");
        Thread.sleep(300);
        Path shot = Path.of("target", "dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.driver.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(shot) > 10_000);
        assertNoConsoleErrors();
    }

    /** Clicks the first non-empty RUS→BLR bar on the canvas; the list then holds that period's events only. */
    private void clickTheFirstBarAndSeeOnlyItsEvents() {
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) browser.js("""
                const dom = document.getElementById('dyad-chart');
                const chart = echarts.getInstanceByDom(dom);
                const o = chart.getOption();
                for (let si = 0; si < o.series.length; si++) {
                  const s = o.series[si];
                  if (s.type !== 'bar' || !s.name.startsWith('RUS→BLR')) continue;
                  for (let i = 0; i < s.data.length; i++) {
                    if (s.data[i] !== 0) {
                      // the bar's own rectangle: with both directions, two stacks share a category side by side
                      const l = chart.getModel().getSeriesByIndex(si).getData().getItemLayout(i);
                      const px = [l.x + l.width / 2, l.y + l.height / 2];
                      const r = dom.getBoundingClientRect();
                      return {x: px[0], y: px[1], w: r.width, h: r.height, period: o.xAxis[0].data[i]};
                    }
                  }
                }
                return null;""");
        assertTrue(target != null, "a RUS→BLR bar to click");
        browser.js("document.body.dataset.eventsLoaded = '';");
        WebElement chart = browser.driver.findElement(By.id("dyad-chart"));
        int dx = (int) Math.round(((Number) target.get("x")).doubleValue() - ((Number) target.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) target.get("y")).doubleValue() - ((Number) target.get("h")).doubleValue() / 2);
        new Actions(browser.driver).moveToElement(chart, dx, dy).click().perform();
        waiting().until(d -> !String.valueOf(browser.dataset().get("eventsLoaded")).isEmpty());
        String title = browser.driver.findElement(By.id("events-title")).getText();
        assertTrue(title.contains("RUS → BLR") && title.contains((String) target.get("period")), title);
        List<WebElement> events = browser.driver.findElements(By.cssSelector("#events .event"));
        assertFalse(events.isEmpty(), "events behind the clicked bar");
        for (WebElement e : events) {
            assertTrue(e.findElement(By.cssSelector(".date")).getText().startsWith((String) target.get("period")), e.getText());
            assertTrue(e.findElement(By.cssSelector(".dyad")).getText().startsWith("RUS"), e.getText());
        }
    }

    @Test
    void fullTextSearchListsMatchingSentences() {
        openDashboard();
        browser.js("document.body.dataset.eventsLoaded = '';");
        WebElement box = browser.driver.findElement(By.id("search-input"));
        box.clear();
        box.sendKeys("sanctions");
        browser.driver.findElement(By.id("search-btn")).click();
        waiting().until(d -> !String.valueOf(browser.dataset().get("eventsLoaded")).isEmpty());
        assertEquals("Search: sanctions", browser.driver.findElement(By.id("events-title")).getText());
        List<WebElement> events = browser.driver.findElements(By.cssSelector("#events .event"));
        assertFalse(events.isEmpty());
        assertTrue(events.stream().anyMatch(e -> e.getText().toLowerCase().contains("sanction")));
        assertNoConsoleErrors();
    }

    @Test
    void theLegendSwitchesBetweenQuadClassesAndPloverTypes() {
        openDashboard();
        browser.js("document.body.dataset.eventsLoaded = '';");
        WebElement box = browser.driver.findElement(By.id("search-input"));
        box.clear();
        box.sendKeys("sanctions");
        browser.driver.findElement(By.id("search-btn")).click();
        waiting().until(d -> !String.valueOf(browser.dataset().get("eventsLoaded")).isEmpty());
        assertEquals("quad", browser.dataset().get("legend"));
        List<String> quadNames = List.of("verbal cooperation", "material cooperation", "verbal conflict", "material conflict");
        assertEquals(quadNames, legendItems());
        List<WebElement> events = browser.driver.findElements(By.cssSelector("#events .event"));
        assertFalse(events.isEmpty());
        for (WebElement e : events) assertTrue(quadNames.contains(e.findElement(By.cssSelector(".badge.kind")).getText()), e.getText());

        new Select(browser.driver.findElement(By.id("legend-select"))).selectByValue("plover");
        waiting().until(d -> "plover".equals(browser.dataset().get("legend")));
        List<String> types = legendItems();
        assertEquals(17, types.size(), "16 PLOVER types and 'no PLOVER type': " + types);
        assertTrue(types.containsAll(List.of("CONSULT", "COERCE", "ASSAULT", "no PLOVER type")), types.toString());
        boolean sawCoerce = false;
        for (WebElement e : browser.driver.findElements(By.cssSelector("#events .event"))) {
            String badge = e.findElement(By.cssSelector(".badge.kind")).getText();
            assertTrue(types.contains(badge), badge);
            String plover = e.findElement(By.cssSelector(".plover")).getText();
            assertTrue(badge.equals("no PLOVER type") ? plover.equals("PLOVER: none") : plover.startsWith("PLOVER " + badge), badge + " / " + plover);
            sawCoerce |= badge.equals("COERCE") && e.getText().contains("CAMEO 163");
        }
        assertTrue(sawCoerce, "an imposition of sanctions (163) reads as PLOVER COERCE");

        new Select(browser.driver.findElement(By.id("legend-select"))).selectByValue("quad");
        waiting().until(d -> "quad".equals(browser.dataset().get("legend")));
        assertEquals(quadNames, legendItems());
        assertNoConsoleErrors();
    }

    private List<String> legendItems() {
        return browser.driver.findElements(By.cssSelector("#legend .legend-item")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aBadRequestShowsTheServersMessage() {
        openDashboard();
        browser.js("""
                const s = document.getElementById('source-select');
                const o = document.createElement('option'); o.value = 'R$S'; o.textContent = 'R$S'; s.appendChild(o); s.value = 'R$S';""");
        browser.driver.findElement(By.id("show-btn")).click();
        waiting().until(d -> browser.driver.findElement(By.id("message")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("message")).getText().contains("source must be"));
    }

    private void assertNoConsoleErrors() {
        List<String> bad = browser.console().stream()
                .filter(l -> l.contains("SEVERE") || l.contains("Content Security Policy") || l.contains("Refused"))
                .filter(l -> !l.contains("the server responded with a status of 400"))
                .toList();
        assertTrue(bad.isEmpty(), "browser console: " + bad);
    }
}
