package org.tessera.testkit;

import org.tessera.coding.CodingKnowledge;
import org.tessera.coding.EventLocator;
import org.tessera.geo.GazetteerLocator;
import org.tessera.nlp.Annotator;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.pipeline.Pipelines;

/**
 * The test suite's one CoreNLP instance: all tests run in one JVM and share it, because loading
 * it costs tens of seconds and gigabytes. The holder idiom makes the load lazy and thread-safe;
 * this is the one deliberate singleton, as the architecture allows for the CoreNLP pipeline.
 */
public final class SharedNlp {
    private SharedNlp() {
    }

    private static final class Holder {
        static final Annotator ANNOTATOR = Pipelines.annotator(PipelineConfig.defaults());
        static final CodingKnowledge KNOWLEDGE = CodingKnowledge.bundled();
    }

    /** The gazetteer locator, loaded on first use only (tests that do not place events never pay for it). */
    private static final class LocatorHolder {
        static final GazetteerLocator LOCATOR = GazetteerLocator.bundled();
    }

    public static GazetteerLocator locator() {
        return LocatorHolder.LOCATOR;
    }

    /** A pipeline over the shared annotator with our own knowledge and the gazetteer locator: events carry locations. */
    public static Pipeline locatingPipeline() {
        return Pipelines.create(PipelineConfig.defaults(), annotator(), knowledge(), locator());
    }

    public static Annotator annotator() {
        return Holder.ANNOTATOR;
    }

    public static CodingKnowledge knowledge() {
        return Holder.KNOWLEDGE;
    }

    /** The pipeline the CLI runs (with the gazetteer locator), over the shared annotator. */
    public static Pipeline pipeline() {
        return locatingPipeline();
    }

    /** A pipeline over the shared annotator with the given knowledge and locator. */
    public static Pipeline pipeline(CodingKnowledge knowledge, EventLocator locator) {
        return Pipelines.create(PipelineConfig.defaults(), annotator(), knowledge, locator);
    }
}
