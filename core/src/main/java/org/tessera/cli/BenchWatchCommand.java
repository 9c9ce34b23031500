package org.tessera.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.watch.Durations;
import org.tessera.watch.WatchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-watch", mixinStandardHelpOptions = true, description = {
        "Measure the watch: a feed on 127.0.0.1 gains one generated article every --gap; the real watcher polls it and codes "
                + "each new article with the full pipeline into a temporary store.",
        "Prints items per minute coded, the median and 95th-percentile delay from an item's appearance in the feed to its "
                + "events being queryable, and the peak heap. Progress goes to stderr."})
final class BenchWatchCommand implements Callable<Integer> {
    @Option(names = "--items", paramLabel = "N", description = "Articles the feed gains (default: ${DEFAULT-VALUE}).")
    int items = 20;

    @Option(names = "--gap", paramLabel = "TIME", description = "Time between two new items, like 1s, 500ms (default: ${DEFAULT-VALUE}).")
    String gap = "1s";

    @Option(names = "--every", paramLabel = "TIME", description = "Time between two polls of the feed (default: ${DEFAULT-VALUE}).")
    String every = "500ms";

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated articles (default: ${DEFAULT-VALUE}).")
    long seed = 17;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        WatchBench.Settings settings = new WatchBench.Settings(items, Durations.parse("--gap", gap), Durations.parse("--every", every),
                threads, seed);
        WatchBench.Result r = new WatchBench(settings, err).run(() -> PipelineAssembly.standard(PipelineConfig.defaults(), err).pipeline());
        r.watchErrors().forEach(l -> err.println("bench-watch: " + l));
        r.lines().forEach(out::println);
        return r.stored() == items ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
