package org.tessera.bench.jmh;

import java.util.ArrayList;
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
import org.tessera.bench.GeneratedArticle;
import org.tessera.coding.ArticleCoder;
import org.tessera.intake.Intake;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.Article;
import org.tessera.lang.English;
import org.tessera.nlp.ArticleAnnotator;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;

/**
 * The coder alone on articles CoreNLP annotated during setup (which loads CoreNLP once per fork,
 * tens of seconds): how much of the pipeline's time is ours.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoderBenchmark {
    private ArticleCoder coder;
    private List<AnnotatedArticle> annotated;

    @Setup
    public void setup() throws Exception {
        PipelineAssembly assembly = PipelineAssembly.standard(PipelineConfig.defaults(), System.err);
        coder = assembly.coder(English.CODE);
        ArticleAnnotator annotator = assembly.annotator(English.CODE);
        Intake intake = new Intake(IntakeOptions.defaults());
        annotated = new ArrayList<>();
        for (GeneratedArticle g : BenchTexts.articles(200)) {
            for (Article a : intake.clean(g.toRawDocument()).articles()) annotated.add(annotator.annotate(a, coder.parseFilter()));
        }
    }

    @Benchmark
    public void codeArticles(Blackhole bh) {
        for (AnnotatedArticle a : annotated) bh.consume(coder.code(a));
    }
}
