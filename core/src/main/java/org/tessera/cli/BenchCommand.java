package org.tessera.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tessera.bench.BenchReport;
import org.tessera.bench.GeneratedCorpus;
import org.tessera.bench.NewsCorpusGenerator;
import org.tessera.bench.ThroughputBench;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.RawDocument;
import org.tessera.nlp.AnnotatorSet;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Measure throughput: the full pipeline (intake, annotation with the parse filter, coding, storing into a temporary "
                + "DuckDB + Lucene store) against the same pipeline with the reference annotator set (all three CRF models, numeric "
                + "classifiers and SUTime on every sentence, as Tessera ran before) and against bare annotation (every sentence "
                + "parsed), on the same input, in turn per document in one JVM after a warm-up; then the pipeline on N threads. "
                + "Prints the time of every step (intake, each CoreNLP annotator, each coder, the store) for both pipelines.",
        "Without FILE it generates a seeded corpus of news-like English. The last two lines are 'pipeline/bare ratio=R' "
                + "and 'pipeline/reference ratio=R' for one thread. Progress goes to stderr."},
        footer = {"", "JMH micro-benchmarks of our own hot spots: see core/src/test/java/org/tessera/bench/jmh/package-info.java."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--threads", paramLabel = "N", description = "Threads for the scaling run (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sentences", paramLabel = "N", description = "Size of the generated corpus in body sentences (default: ${DEFAULT-VALUE}).")
    int sentences = 2000;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--rounds", paramLabel = "N", description = "Interleaved rounds the input is cut into (default: ${DEFAULT-VALUE}).")
    int rounds = 4;

    @Option(names = "--warmup", paramLabel = "DOCS", description = "Documents run untimed first, at least (default: ${DEFAULT-VALUE}).")
    int warmup = 16;

    @Option(names = "--warmup-seconds", paramLabel = "S", description = {
            "The warm-up goes on after its documents until the JIT compilers settle (below --jit-quiet twice in a row),",
            "for at most this long; 0 stops it after --warmup documents (default: ${DEFAULT-VALUE})."})
    int warmupSeconds = 300;

    @Option(names = "--jit-quiet", paramLabel = "PERCENT", description = "JIT compile time, as a share of the wall time, below which the JIT counts as settled (default: ${DEFAULT-VALUE}).")
    double jitQuiet = 2.0;

    @Option(names = "--no-store", description = "Measure intake, annotation and coding only, without storing results.")
    boolean noStore;

    @Option(names = {"-q", "--quiet"}, description = "Only phase lines on stderr, no per-second progress.")
    boolean quiet;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or folders to measure on instead of the generated corpus.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
        if (sentences < 1) throw new IllegalArgumentException("--sentences must be at least 1");
        PipelineConfig config = PipelineConfig.defaults().withoutRepostCache();
        List<RawDocument> docs;
        String input;
        if (files.isEmpty()) {
            GeneratedCorpus corpus = new NewsCorpusGenerator().generate(seed, sentences);
            docs = corpus.documents();
            input = String.format(Locale.ROOT, "generated corpus (seed %d): %d articles, %d body sentences, %.1f%% without actors",
                    seed, corpus.articles().size(), corpus.sentenceCount(), 100 * corpus.actorlessShare());
        } else {
            docs = BatchRunner.expand(files, IntakeOptions.DEFAULT_MAX_BYTES, e -> err.println("tessera: " + e));
            if (docs.isEmpty()) {
                err.println("tessera: nothing to benchmark");
                return ExitCodes.USAGE;
            }
            input = docs.size() + " documents from " + (files.size() == 1 ? files.get(0).toString() : files.size() + " paths");
        }
        err.println("bench: input: " + input);
        long t0 = System.nanoTime();
        PipelineAssembly assembly = PipelineAssembly.standard(config, err);
        Pipeline pipeline = assembly.pipeline();
        Pipeline reference = assembly.with(config.withAnnotator(config.annotator().with(AnnotatorSet.REFERENCE))).pipeline();
        double load = (System.nanoTime() - t0) / 1e9;
        var settings = new ThroughputBench.Settings(threads, rounds, warmup, warmupSeconds, jitQuiet / 100);
        BenchReport report = new ThroughputBench(pipeline, reference, config.intake(), settings, err, !quiet, !noStore).run(docs);
        out.println("input: " + input);
        out.printf(Locale.ROOT, "machine: %d cores, java %s, heap limit %d MiB; annotators and coders loaded in %.1f s; pipeline %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, load,
                noStore ? "without store (--no-store)" : "stores into a temporary DuckDB + Lucene store");
        report.lines().forEach(out::println);
        return ExitCodes.OK;
    }
}
