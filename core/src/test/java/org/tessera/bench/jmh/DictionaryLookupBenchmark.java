package org.tessera.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.tessera.coding.ActorDictionary;
import org.tessera.coding.ActorResolver;
import org.tessera.coding.RoleLexicon;
import org.tessera.model.Token;

/** Actor dictionary look-up and the parse filter built on it, per 200 generated sentences. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DictionaryLookupBenchmark {
    private ActorDictionary dictionary;
    private ActorResolver resolver;
    private List<List<Token>> sentences;

    @Setup
    public void setup() {
        dictionary = ActorDictionary.bundled();
        resolver = new ActorResolver(dictionary, RoleLexicon.bundled());
        sentences = BenchTexts.tokenised(200).subList(0, 200);
    }

    @Benchmark
    public void findNames(Blackhole bh) {
        for (List<Token> s : sentences) bh.consume(dictionary.find(s));
    }

    @Benchmark
    public void parseFilter(Blackhole bh) {
        for (List<Token> s : sentences) bh.consume(resolver.mayHoldActor(s));
    }
}
