package org.tessera.watch;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import org.tessera.intake.IntakeOptions;

/**
 * How the fetcher behaves.
 *
 * @param userAgent      sent with every request; names Tessera and its version
 * @param connectTimeout for opening a connection
 * @param readTimeout    for the response headers, and again for the whole body (a page that never ends is cut off)
 * @param maxRedirects   redirects followed before giving up (a loop ends here)
 * @param maxPageBytes   the most bytes a page or feed may have, counted after inflating, as {@code ingest} caps pages
 * @param hostDelay      the least time between the starts of two requests to one host
 * @param perHost        the most requests in flight to one host
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxPageBytes,
                            Duration hostDelay, int perHost) {
    /** The name robots.txt rules are matched against. */
    public static final String ROBOT_NAME = "tessera";

    public FetchSettings {
        if (maxRedirects < 0) throw new IllegalArgumentException("--max-redirects must be 0 or more");
        if (perHost < 1) throw new IllegalArgumentException("--per-host must be at least 1");
        if (maxPageBytes <= 0) throw new IllegalArgumentException("the page limit must be positive");
    }

    public static FetchSettings defaults() {
        return new FetchSettings(defaultUserAgent(), Duration.ofSeconds(10), Duration.ofSeconds(30), 5, IntakeOptions.DEFAULT_MAX_BYTES,
                Duration.ofSeconds(1), 2);
    }

    public FetchSettings withPageLimit(long bytes) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxRedirects, bytes, hostDelay, perHost);
    }

    public FetchSettings withPoliteness(Duration delay, int requestsPerHost) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxRedirects, maxPageBytes, delay, requestsPerHost);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, connect, read, maxRedirects, maxPageBytes, hostDelay, perHost);
    }

    /** {@code Tessera/VERSION (...)}: the version Maven wrote into the jar, "dev" when run from classes. */
    static String defaultUserAgent() {
        String version = "dev";
        try (InputStream in = FetchSettings.class.getResourceAsStream("/META-INF/maven/org.tessera/tessera-core/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                version = p.getProperty("version", version);
            }
        } catch (IOException e) {
            // The version is a courtesy to site owners; without it the agent still names Tessera.
        }
        return "Tessera/" + version + " (political event data coder; obeys robots.txt)";
    }
}
