package org.tessera.pipeline;

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

    /** Our offline gazetteer as the coder's last step; about half a second and 30 MB, so once per process. */
    public static EventLocator gazetteerLocator() {
        long t0 = System.nanoTime();
        EventLocator l = org.tessera.geo.GazetteerLocator.bundled();
        System.err.printf("tessera: gazetteer loaded in %.1fs%n", (System.nanoTime() - t0) / 1e9);
        return l;
    }

    /** The pipeline every command runs: intake, annotation, coding with the given knowledge, and placing. */
    public static Pipeline standard(PipelineConfig config, Annotator annotator, CodingKnowledge knowledge) {
        return create(config, annotator, knowledge, gazetteerLocator());
    }

    public static Pipeline create(PipelineConfig config, Annotator annotator, CodingKnowledge knowledge, EventLocator locator) {
        return new Pipeline(config.intake(), annotator, new Coder(knowledge, locator), config.articleTimeout(), config.repostSentences());
    }
}
