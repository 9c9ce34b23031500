package org.tessera.testkit;

import org.tessera.geo.GazetteerLocator;
import org.tessera.nlp.ArticleAnnotator;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;

/**
 * The test suite's one CoreNLP instance: all tests run in one JVM and share it, because loading
 * it costs tens of seconds and gigabytes. It lives in one {@link PipelineAssembly} (the one the
 * CLI builds, with the default configuration); tests that need another configuration derive one
 * from it with {@link #assembly(PipelineConfig)}, which shares the loaded annotator. The holder
 * idiom makes the load lazy and thread-safe; this is the one deliberate singleton, as the
 * architecture allows for the CoreNLP pipeline.
 */
public final class SharedNlp {
    private SharedNlp() {
    }

    private static final class Holder {
        static final PipelineAssembly ASSEMBLY = PipelineAssembly.standard(PipelineConfig.defaults(), System.err);
    }

    /** The gazetteer locator, loaded on first use only (tests that do not place events never pay for it). */
    private static final class LocatorHolder {
        static final GazetteerLocator LOCATOR = GazetteerLocator.bundled();
    }

    public static GazetteerLocator locator() {
        return LocatorHolder.LOCATOR;
    }

    /** The default assembly: what {@code tessera code} builds. */
    public static PipelineAssembly assembly() {
        return Holder.ASSEMBLY;
    }

    /** An assembly for another configuration, over the shared annotator. */
    public static PipelineAssembly assembly(PipelineConfig config) {
        return Holder.ASSEMBLY.with(config);
    }

    /** The English annotator everything shares. */
    public static ArticleAnnotator annotator() {
        return Holder.ASSEMBLY.annotator(TestLanguage.ENGLISH);
    }

    /** The pipeline the CLI runs, over the shared annotator. */
    public static Pipeline pipeline() {
        return Holder.ASSEMBLY.pipeline();
    }

    /** The same as {@link #pipeline()}: events carry locations (the gazetteer is part of every pipeline). */
    public static Pipeline locatingPipeline() {
        return pipeline();
    }
}
