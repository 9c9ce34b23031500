package org.tessera.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.store.EventStore;
import org.tessera.store.StoreException;
import org.tessera.watch.Source;
import org.tessera.watch.WatchOptions;
import org.tessera.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "watch", description = {"Watch feeds, sitemaps and drop-in folders; code each new article into the event store.",
        "SOURCES: RSS/Atom feed or sitemap URLs, folders, or files listing them one a line (# comments). Runs until stopped; "
                + "a watch stopped at any moment and started again stores nothing twice and skips nothing."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    CodingOptions options;

    @Mixin
    WatchOptions watch;

    @Mixin
    CommitLogOption commits;

    @Parameters(paramLabel = "SOURCES", arity = "1..*", description = "Feed or sitemap URLs, folders, files listing sources.")
    List<String> sources;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = System.err;
        PipelineConfig config = options.config();
        List<Source> watched = Source.parse(sources);
        try (EventStore es = EventStore.open(store.db);
             Watcher w = new Watcher(es, () -> new CodingSession(config, err).pipeline(), config.threads(),
                     watch.fetchSettings(config.intake().maxBytes()), watch.watchSettings(), watched, err, commits.listener(err))) {
            err.println("tessera watch: " + watched.size() + " sources, " + watch.describe() + "; stop with Ctrl-C");
            w.run();
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("tessera: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
