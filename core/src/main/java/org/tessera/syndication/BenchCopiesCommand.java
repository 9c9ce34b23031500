package org.tessera.syndication;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tessera.cli.ExitCodes;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-copies", mixinStandardHelpOptions = true, description = {
        "Measure what finding copies before annotation saves: a seeded corpus of originals and syndicated copies "
                + "(re-headlined, trimmed, re-footed) made from the BBC corpus at run time is ingested twice into throw-away stores "
                + "in one JVM, annotating every copy and finding copies first; prints the annotation time of each and "
                + "whether the two stores hold the same stories, events and mentions, row for row."})
public final class BenchCopiesCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", description = "Originals drawn from the corpus (default: ${DEFAULT-VALUE}).")
    int articles = 20;

    @Option(names = "--copies", paramLabel = "K", description = "Copies of each original, at other outlets (default: ${DEFAULT-VALUE}).")
    int copies = 2;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the draw and of the copies' changes (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--threads", paramLabel = "N", description = "Ingest threads (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--warmup", paramLabel = "N", description = "Other articles of the corpus run untimed first (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of plain-text articles, headline first (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("..", "shared", "corpus", "bbc-2004-2005");

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        SyndicatedCopies generator = SyndicatedCopies.bundled();
        SyndicatedCopies.Corpus corpusOf = generator.generate(corpus, articles, copies, seed);
        // The warm-up draws by another seed, without copies; the repost cache is off, so an article drawn twice costs both runs alike.
        SyndicatedCopies.Corpus warm = generator.generate(corpus, warmup, 0, ~seed);
        Path tmp = Files.createTempDirectory("tessera-bench-copies-");
        List<RawDocument> docs;
        List<RawDocument> warmDocs;
        try {
            docs = expand(corpusOf.write(tmp.resolve("copies.jsonl")));
            warmDocs = expand(warm.write(tmp.resolve("warm-up.jsonl")));
        } finally {
            for (String f : new String[] {"copies.jsonl", "warm-up.jsonl"}) Files.deleteIfExists(tmp.resolve(f));
            Files.deleteIfExists(tmp);
        }
        String input = String.format(Locale.ROOT, "input: %d originals from %s (seed %d) and %d copies of them (%d each): %d articles",
                corpusOf.originals(), corpus, seed, corpusOf.copies(), copies, docs.size());
        err.println("bench-copies: " + input);
        long t0 = System.nanoTime();
        PipelineAssembly assembly = PipelineAssembly.standard(PipelineConfig.defaults().withoutRepostCache(), err);
        assembly.annotator(assembly.defaultLanguage());
        double load = (System.nanoTime() - t0) / 1e9;
        CopiesBench.Result r = new CopiesBench(assembly, threads).run(docs, warmDocs);
        out.println(input);
        out.printf(Locale.ROOT, "machine: %d cores, java %s, heap limit %d MiB; annotator loaded in %.1f s; %d thread(s), %d warm-up articles%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, load,
                threads, warmDocs.size());
        r.lines().forEach(out::println);
        return r.equal() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static List<RawDocument> expand(Path file) {
        return BatchRunner.expand(List.of(file), IntakeOptions.DEFAULT_MAX_BYTES, e -> {
            throw new IllegalArgumentException("generated corpus: " + e);
        });
    }
}
