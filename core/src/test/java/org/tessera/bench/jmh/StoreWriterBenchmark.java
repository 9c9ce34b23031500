package org.tessera.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.tessera.bench.GeneratedArticle;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.DocumentResult;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.store.EventStore;
import org.tessera.store.StoreWriter;

/**
 * The store's writer alone: documents the pipeline processed during setup (CoreNLP loads once per
 * fork, tens of seconds), written one transaction each into an empty store, as {@code tessera
 * ingest} writes them. The time is per document; the store was the pipeline's largest cost after
 * CoreNLP, mostly DuckDB's per-statement work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreWriterBenchmark {
    private static final int DOCUMENTS = 40;

    private final List<RawDocument> docs = new ArrayList<>();
    private final List<DocumentResult> results = new ArrayList<>();
    private Path dir;
    private EventStore store;

    @Setup(Level.Trial)
    public void process() {
        PipelineConfig config = PipelineConfig.defaults();
        Pipeline pipeline = PipelineAssembly.standard(config, System.err).pipeline();
        for (GeneratedArticle g : BenchTexts.articles(DOCUMENTS * 18)) {
            if (docs.size() == DOCUMENTS) break;
            RawDocument d = g.toRawDocument();
            docs.add(d);
            results.add(pipeline.process(d));
        }
    }

    /** Each invocation writes every document, so each needs a store that holds none of them. */
    @Setup(Level.Invocation)
    public void emptyStore() throws IOException {
        dir = Files.createTempDirectory("tessera-jmh-store-");
        store = EventStore.open(dir);
    }

    @TearDown(Level.Invocation)
    public void deleteStore() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public void writeDocuments(Blackhole bh) {
        StoreWriter writer = store.writer();
        for (int i = 0; i < docs.size(); i++) bh.consume(writer.write(docs.get(i), results.get(i)));
        writer.flush();
    }
}
