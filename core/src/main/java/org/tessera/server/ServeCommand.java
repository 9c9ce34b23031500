package org.tessera.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tessera.cli.ExitCodes;
import org.tessera.store.EventStore;
import org.tessera.watch.BackgroundWatch;
import org.tessera.watch.Source;
import org.tessera.watch.WatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tessera serve}: the dashboard and REST API over an event store folder. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dashboard and the JSON API over an event store.",
                "Open the printed URL in a browser; the API is described at /openapi.json. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", description = "Event store folder (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("tessera-data");

    @Mixin
    ListenOptions listen;

    @Option(names = "--watch", arity = "1..*", paramLabel = "SOURCE",
            description = "Also watch these feeds, sitemaps, folders or source lists (as 'tessera watch' does) in this process, "
                    + "so the dashboard shows what the watch stores.")
    List<String> watch;

    @Mixin
    WatchOptions watching;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        if (watch == null && !Files.isDirectory(db)) {
            err.println("tessera serve: no event store at " + db + " (ingest articles first, or try 'tessera demo')");
            return ExitCodes.FAILURE;
        }
        List<Source> sources = watch == null ? null : Source.parse(watch);
        int port = listen.port();
        EventStore store = EventStore.open(db);
        serveUntilStopped(store, listen.host(), port, err, sources == null ? null : BackgroundWatch.start(store, sources, watching, err));
        return ExitCodes.OK;
    }

    /**
     * Starts the server over {@code store}, prints its URL and blocks until the JVM is asked to
     * stop (Ctrl-C); the shutdown hook waits until the server and the store are closed, so the
     * database is never cut off mid-write.
     */
    static void serveUntilStopped(EventStore opened, String host, int port, PrintStream err) throws InterruptedException {
        serveUntilStopped(opened, host, port, err, null);
    }

    /** As above, with a watch on the same store (may be null), stopped before the store is closed. */
    static void serveUntilStopped(EventStore opened, String host, int port, PrintStream err, BackgroundWatch watch)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tessera-serve-stop"));
        try (EventStore store = opened; BackgroundWatch watching = watch; TesseraServer server = new TesseraServer(new StoreQueries(store), err)) {
            int actual = server.start(host, port);
            String shown = host.contains(":") ? "[" + host + "]" : host;
            System.out.println("Tessera dashboard: http://" + shown + ":" + actual + "/");
            System.out.println("API description:   http://" + shown + ":" + actual + "/openapi.json");
            System.out.flush();
            if (!isLoopback(host)) err.println("tessera serve: warning: listening on " + host + ", reachable from other machines; the API has no authentication");
            stopped.await();
        } finally {
            closed.countDown();
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
