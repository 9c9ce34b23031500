package org.tessera.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.store.EventStore;
import org.tessera.store.Ingester;
import org.tessera.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tessera demo}: ingest the built-in sample articles into a demo store, then serve the dashboard. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the built-in sample articles (Russia-Belarus, Russia-Japan, EU-Russia) into a demo "
                + "event store and serve the dashboard over it. The first run loads CoreNLP (about a minute); "
                + "later runs reuse the store. Stop with Ctrl-C.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", description = "Demo store folder (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("tessera-data", "demo");

    @Mixin
    ListenOptions listen;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int port = listen.port();
        EventStore store = EventStore.open(db);
        try {
            ingest(store, DemoArticles.all(), err);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        ServeCommand.serveUntilStopped(store, listen.host(), port, err);
        return 0;
    }

    /** Ingests what the store lacks; CoreNLP is loaded only when there is something to code. */
    private static void ingest(EventStore store, List<RawDocument> docs, PrintStream err) {
        Set<String> known = store.writer().storedKeys(docs.stream().map(StoreWriter::documentKey).toList());
        if (docs.stream().allMatch(d -> known.contains(StoreWriter.documentKey(d)))) {
            err.println("tessera demo: the " + docs.size() + " sample articles are already in " + store.dir());
            return;
        }
        err.println("tessera demo: coding " + docs.size() + " sample articles into " + store.dir() + " (loading CoreNLP)...");
        PipelineConfig config = PipelineConfig.defaults();
        Pipeline pipeline = PipelineAssembly.standard(config, err).pipeline();
        Ingester.Report r = new Ingester(store, pipeline, 1).run(docs, err, true, id -> { });
        err.println("tessera demo: " + r.added() + " articles added, " + r.events() + " events");
    }
}
