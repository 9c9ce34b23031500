package org.tessera.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven by the system's chromedriver (Debian: packages chromium and
 * chromium-driver), with a fresh profile each time and nothing reaching out to the network.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of(System.getProperty("tessera.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("tessera.chromium", "/usr/bin/chromium"));

    final ChromeDriver driver;
    private final Path profile;

    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("tessera-chrome");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Console messages so far (errors, CSP violations). */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    Map<String, Object> dataset() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) js("return Object.assign({}, document.body.dataset);");
        return m;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp profile left behind is harmless
            }
        }
    }
}
