package org.tessera.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.store.EventStore;
import org.tessera.store.StoreException;
import org.tessera.watch.Durations;
import org.tessera.watch.FetchSettings;
import org.tessera.watch.Source;
import org.tessera.watch.WatchSettings;
import org.tessera.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", description = {"Watch feeds, sitemaps and drop-in folders; code each new article into the event store.",
        "SOURCES: RSS/Atom feed or sitemap URLs, folders, or files listing them one a line (# comments). Runs until stopped; "
                + "a watch stopped at any moment and started again stores nothing twice and skips nothing."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    CodingOptions options;

    @Option(names = "--every", paramLabel = "TIME", description = "Time between rounds, like 15m, 90s, 1h (default: ${DEFAULT-VALUE}).")
    String every = "15m";

    @Option(names = "--rounds", paramLabel = "N", description = "Stop after N rounds; 0 runs until stopped (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--log-commits", hidden = true, description = "Print 'committed ID' on stderr after each document's commit (for tests).")
    boolean logCommits;

    @Parameters(paramLabel = "SOURCES", arity = "1..*", description = "Feed or sitemap URLs, folders, files listing sources.")
    List<String> sources;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = System.err;
        PipelineConfig config = options.config();
        List<Source> watched = Source.parse(sources);
        java.time.Duration time = Durations.parse("--timeout", timeout);
        FetchSettings fetch = FetchSettings.defaults().withPageLimit(config.intake().maxBytes())
                .withPoliteness(Durations.parse("--host-delay", hostDelay), perHost).withTimeouts(time, time);
        WatchSettings d = WatchSettings.defaults();
        WatchSettings settings = new WatchSettings(Durations.parse("--every", every), rounds, parallel, maxItems, d.maxAttempts(), d.settle(),
                d.maxBackoff());
        try (EventStore es = EventStore.open(store.db);
             Watcher w = new Watcher(es, () -> new CodingSession(config, err).pipeline(), config.threads(), fetch, settings, watched, err,
                     id -> {
                         if (logCommits) err.println("committed " + id);
                     })) {
            err.println("tessera watch: " + watched.size() + " sources, a round every " + every + (rounds > 0 ? ", " + rounds + " rounds" : "")
                    + "; stop with Ctrl-C");
            w.run();
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("tessera: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
