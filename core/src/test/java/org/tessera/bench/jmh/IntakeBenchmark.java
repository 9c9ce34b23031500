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
import org.tessera.intake.BoilerplateFilter;
import org.tessera.intake.Intake;
import org.tessera.intake.IntakeException;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.RawDocument;

/** The boilerplate filter over paragraphs, and intake of whole plain-text pages (decoding, splitting, dates, language). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IntakeBenchmark {
    private final BoilerplateFilter filter = new BoilerplateFilter();
    private final Intake intake = new Intake(IntakeOptions.defaults());
    private List<String> paragraphs;
    private List<RawDocument> pages;

    @Setup
    public void setup() {
        List<GeneratedArticle> articles = BenchTexts.articles(200);
        paragraphs = new ArrayList<>();
        for (GeneratedArticle a : articles) {
            paragraphs.add(a.title());
            a.paragraphs().forEach(p -> paragraphs.add(String.join(" ", p.stream().map(s -> s.text()).toList())));
            // Page chrome as scraped pages carry it between paragraphs.
            paragraphs.addAll(List.of("Share this article", "Sign up for our newsletter", "Read more", "Advertisement"));
        }
        pages = articles.stream().map(GeneratedArticle::toRawDocument).toList();
    }

    @Benchmark
    public List<String> boilerplateFilter() {
        return filter.filter(paragraphs);
    }

    @Benchmark
    public void intakePages(Blackhole bh) throws IntakeException {
        for (RawDocument d : pages) bh.consume(intake.clean(d));
    }
}
