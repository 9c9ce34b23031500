package org.tessera.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tessera.cli.ExitCodes;
import org.tessera.store.EventStore;
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

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        if (!Files.isDirectory(db)) {
            err.println("tessera serve: no event store at " + db + " (ingest articles first, or try 'tessera demo')");
            return ExitCodes.FAILURE;
        }
        int port = listen.port();
        serveUntilStopped(EventStore.open(db), listen.host(), port, err);
        return ExitCodes.OK;
    }

    /**
     * Starts the server over {@code store}, prints its URL and blocks until the JVM is asked to
     * stop (Ctrl-C); the shutdown hook waits until the server and the store are closed, so the
     * database is never cut off mid-write.
     */
    static void serveUntilStopped(EventStore opened, String host, int port, PrintStream err) throws InterruptedException {
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
        try (EventStore store = opened; TesseraServer server = new TesseraServer(new StoreQueries(store), err)) {
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
