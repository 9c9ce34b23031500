package org.tessera.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tessera.bench.MemoryBench;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-memory", mixinStandardHelpOptions = true, description = {
        "Check that ingest keeps its memory bounded: generate N distinct news-like articles, ingest them into a temporary store "
                + "with the real ingester a step at a time, and print after each step the heap left after a full GC and the peak in use.",
        "--corpus-out DIR also writes the articles there, for ./tessera spark --input DIR on the same input."})
final class BenchMemoryCommand implements Callable<Integer> {
    @Mixin
    CodingOptions options;

    @Option(names = "--articles", paramLabel = "N", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--step", paramLabel = "N", description = "Articles per line (default: ${DEFAULT-VALUE}).")
    int step = 1_000;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated articles (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--corpus-out", paramLabel = "DIR", description = "Also write the generated articles to this folder.")
    Path corpusOut;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || step < 1) throw new IllegalArgumentException("--articles and --step must be positive");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        List<RawDocument> docs = MemoryBench.articles(articles, seed);
        if (corpusOut != null) {
            MemoryBench.write(docs, corpusOut);
            err.println("bench-memory: " + docs.size() + " articles written to " + corpusOut);
        }
        PipelineConfig config = options.config();
        try {
            MemoryBench bench = new MemoryBench(new CodingSession(config, err).pipeline(), config.threads(), err);
            out.printf("bench-memory: %d generated articles (seed %d), %d threads, into a temporary store%n", docs.size(), seed, config.threads());
            List<MemoryBench.Step> steps = bench.run(docs, step, out);
            out.println(MemoryBench.summary(steps));
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("tessera bench-memory: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
