package org.tessera.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tessera.coding.CodingKnowledge;
import org.tessera.coding.EventLocator;
import org.tessera.nlp.Annotator;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.pipeline.Pipelines;

/**
 * The executor JVM's one CoreNLP. Spark calls our partition code many times in each executor,
 * often from several task threads at once; loading CoreNLP costs tens of seconds and gigabytes,
 * so it is built lazily on first use and shared by every task of the JVM (the core's
 * {@link Annotator} is thread-safe). This per-JVM cache is the one deliberate piece of static
 * state: Spark gives executors no other place to keep an object between tasks. In local mode
 * the driver and the executors are one JVM, so a test or benchmark that also runs the core
 * pipeline directly shares the same instance.
 */
public final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    // Keyed by annotator settings: a JVM normally sees one, but a benchmark or test may ask for more.
    private static final Map<org.tessera.nlp.AnnotatorConfig, Annotator> ANNOTATORS = new ConcurrentHashMap<>();

    private static final class Knowledge {
        static final CodingKnowledge BUNDLED = CodingKnowledge.bundled();
        static final EventLocator LOCATOR = Pipelines.gazetteerLocator();
    }

    /** A pipeline over this JVM's shared CoreNLP, configured as {@code tessera code} would be. */
    public static Pipeline pipeline(PipelineSettings settings) {
        PipelineConfig config = settings.toConfig();
        Annotator annotator = ANNOTATORS.computeIfAbsent(config.annotator(), a -> Pipelines.annotator(config));
        return Pipelines.create(config, annotator, Knowledge.BUNDLED, Knowledge.LOCATOR);
    }
}
