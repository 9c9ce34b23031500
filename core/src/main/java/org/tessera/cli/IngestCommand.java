package org.tessera.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.store.EventStore;
import org.tessera.store.Ingester;
import org.tessera.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Code news files and folders (text, HTML, JSONL, RSS/Atom, WARC) into the event store. "
        + "Repeating or resuming an ingest stores each document once.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    CodingOptions options;

    @Mixin
    CommitLogOption commits;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        PipelineConfig config = options.config();
        int[] inputErrors = {0};
        // The store first: one that another process holds fails at once, before the inputs are read.
        try (EventStore es = EventStore.open(store.db)) {
            List<RawDocument> docs = BatchRunner.expand(inputs, config.intake().maxBytes(), e -> {
                err.println("tessera: " + e);
                inputErrors[0]++;
            });
            Ingester.Report r = new Ingester(es, () -> new CodingSession(config, err).pipeline(), config.threads())
                    .run(docs, err, !options.quiet, commits.listener(err));
            err.printf("tessera: %d documents stored, %d already there, %d failed; %d articles (%d copies of earlier stories, "
                            + "%d of them found before annotation, %d reposts not annotated again), %d events, %d mentions; %.1f articles/s%n",
                    r.added(), r.skipped(), r.failed(), r.articles(), r.copies(), r.copiesReused(), r.reposts(), r.events(), r.mentions(),
                    r.articlesPerSecond());
            return r.failed() + inputErrors[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        } catch (StoreException e) {
            err.println("tessera: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
