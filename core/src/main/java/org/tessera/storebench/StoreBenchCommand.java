package org.tessera.storebench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tessera.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-store", mixinStandardHelpOptions = true, description = {
        "Measure the store at scale: generate seeded synthetic news (countries, dyads, CAMEO codes, dates over two years, "
                + "reposts that add mentions) straight into a store through its writer, printing the ingest rate per step "
                + "as the store grows; then serve it on 127.0.0.1 and print p50/p95 latency of every API route over HTTP "
                + "and the time of the dashboard's first screen.",
        "A --db that already holds the events is only measured, not filled again."})
public final class StoreBenchCommand implements Callable<Integer> {
    @Option(names = "--events", paramLabel = "N", description = "Events the store is filled to (default: ${DEFAULT-VALUE}).")
    long events = 1_000_000;

    @Option(names = "--db", paramLabel = "DIR", description = "Store folder (default: a new temporary folder).")
    Path db;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated news (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--step", paramLabel = "N", description = "Events per ingest-rate line (default: ${DEFAULT-VALUE}).")
    long step = 100_000;

    @Option(names = "--docs-per-commit", paramLabel = "N", description = "Most documents one transaction takes; 1 commits each on its own (default: ${DEFAULT-VALUE}, as ingest).")
    int docsPerCommit = StoreWriter.Batch.DEFAULT.documents();

    @Option(names = "--requests", paramLabel = "N", description = "Timed requests per route (default: ${DEFAULT-VALUE}).")
    int requests = 40;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || step < 1 || requests < 1) throw new IllegalArgumentException("--events, --step and --requests must be positive");
        Path dir = db != null ? db : Files.createTempDirectory("tessera-bench-store");
        new StoreBench(new StoreBench.Options(events, dir, seed, step,
                new StoreWriter.Batch(docsPerCommit, StoreWriter.Batch.DEFAULT.millis()), requests), System.out).run();
        return 0;
    }
}
