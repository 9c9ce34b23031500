package org.tessera.watch;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of a watch, shared by {@code tessera watch} and {@code tessera serve --watch} (a picocli mixin). */
public final class WatchOptions {
    @Option(names = "--every", paramLabel = "TIME", description = "Time between rounds, like 15m, 90s, 1h (default: ${DEFAULT-VALUE}).")
    String every = "15m";

    @Option(names = "--rounds", paramLabel = "N", description = "Stop watching after N rounds; 0 watches until stopped (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--host-delay", paramLabel = "TIME", description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    String hostDelay = "1s";

    @Option(names = "--per-host", paramLabel = "N", description = "Most requests in flight to one host (default: ${DEFAULT-VALUE}).")
    int perHost = FetchSettings.defaults().perHost();

    @Option(names = "--parallel", paramLabel = "N", description = "Sources polled and pages fetched at once (default: ${DEFAULT-VALUE}).")
    int parallel = WatchSettings.defaults().parallel();

    @Option(names = "--timeout", paramLabel = "TIME", description = "Time-out for connecting, and for reading a response (default: ${DEFAULT-VALUE}).")
    String timeout = "30s";

    @Option(names = "--max-items", paramLabel = "N", description = "A feed or sitemap listing more items is refused (default: ${DEFAULT-VALUE}).")
    int maxItems = WatchSettings.defaults().maxItems();

    /** The fetcher's settings, pages capped at {@code maxPageBytes} (the coding options' page limit). */
    public FetchSettings fetchSettings(long maxPageBytes) {
        Duration time = Durations.parse("--timeout", timeout);
        return FetchSettings.defaults().withPageLimit(maxPageBytes).withPoliteness(Durations.parse("--host-delay", hostDelay), perHost)
                .withTimeouts(time, time);
    }

    public WatchSettings watchSettings() {
        WatchSettings d = WatchSettings.defaults();
        return new WatchSettings(Durations.parse("--every", every), rounds, parallel, maxItems, d.maxAttempts(), d.settle(), d.maxBackoff());
    }

    /** "every 15m, 2 rounds", for the start line. */
    public String describe() {
        return "a round every " + every + (rounds > 0 ? ", " + rounds + " rounds" : "");
    }
}
