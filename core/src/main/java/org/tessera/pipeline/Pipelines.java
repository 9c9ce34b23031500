package org.tessera.pipeline;

import java.util.function.Function;
import org.tessera.coding.Coder;
import org.tessera.coding.CodingKnowledge;
import org.tessera.coding.EventLocator;
import org.tessera.nlp.Annotator;

/**
 * Builds pipelines. The annotator is the expensive part: build it once with {@link #annotator}
 * and pass it to every pipeline of the process.
 */
public final class Pipelines {
    private Pipelines() {
    }

    public static Annotator annotator(PipelineConfig config) {
        long t0 = System.nanoTime();
        Annotator a = new Annotator(config.annotator());
        System.err.printf("tessera: CoreNLP loaded in %.1fs%n", (System.nanoTime() - t0) / 1e9);
        return a;
    }

    /** Our own knowledge plus, when configured, the user's PETRARCH dictionaries. */
    public static CodingKnowledge knowledge(PipelineConfig config, Function<CodingKnowledge, CodingKnowledge> extend) {
        return extend.apply(CodingKnowledge.bundled());
    }

    public static Pipeline create(PipelineConfig config, Annotator annotator, CodingKnowledge knowledge, EventLocator locator) {
        return new Pipeline(config.intake(), annotator, new Coder(knowledge, locator), config.articleTimeout());
    }
}
