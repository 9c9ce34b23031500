package org.tessera.watch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.store.EventStore;

/**
 * A watch on a thread of its own beside the server ({@code tessera serve --watch}): DuckDB lets
 * one process hold a store, so the dashboard can show what is being watched only when the watch
 * runs in the server's process, on the server's store. Closing it stops the watch between two
 * documents at worst (each is stored whole or not at all) before the store is closed.
 */
public final class BackgroundWatch implements AutoCloseable {
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Watcher watcher;
    private final Thread thread;

    private BackgroundWatch(Watcher watcher, PrintStream err) {
        this.watcher = watcher;
        this.thread = new Thread(() -> {
            try {
                watcher.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Stopping mid-document surfaces here as an interrupted batch; anything else is worth a line.
                if (!Thread.currentThread().isInterrupted()) err.println("tessera watch: stopped: " + e);
            }
        }, "tessera-watch-rounds");
        thread.setDaemon(true);
    }

    /** Starts watching {@code sources} into {@code store}, coding with the standard pipeline (built on the first new article). */
    public static BackgroundWatch start(EventStore store, List<Source> sources, WatchOptions options, PrintStream err) {
        PipelineConfig config = PipelineConfig.defaults();
        Watcher w = new Watcher(store, () -> PipelineAssembly.standard(config, err).pipeline(), config.threads(),
                options.fetchSettings(config.intake().maxBytes()), options.watchSettings(), sources, err, id -> {
        });
        BackgroundWatch b = new BackgroundWatch(w, err);
        err.println("tessera watch: " + sources.size() + " sources, " + options.describe());
        b.thread.start();
        return b;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watcher.close();
    }
}
