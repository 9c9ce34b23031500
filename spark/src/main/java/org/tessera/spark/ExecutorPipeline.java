package org.tessera.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineAssembly;

/**
 * The executor JVM's one CoreNLP. Spark calls our partition code many times in each executor,
 * often from several task threads at once; loading CoreNLP costs tens of seconds and gigabytes,
 * so it is built lazily on first use and shared by every task of the JVM (the core's
 * annotators and pipelines are thread-safe). This per-JVM cache is the one deliberate piece of static
 * state: Spark gives executors no other place to keep an object between tasks. In local mode
 * the driver and the executors are one JVM, so a test or benchmark that also runs the core
 * pipeline directly shares the same instance.
 */
public final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    /** The JVM's one assembly: its annotators and gazetteer serve every configuration asked for. */
    private static final class Holder {
        static final PipelineAssembly ASSEMBLY = PipelineAssembly.standard(PipelineSettings.defaults().toConfig(), System.err);
    }

    // Keyed by settings: a JVM normally sees one, but a benchmark or test may ask for more.
    private static final Map<PipelineSettings, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    /** A pipeline over this JVM's shared CoreNLP, configured as {@code tessera code} would be. */
    public static Pipeline pipeline(PipelineSettings settings) {
        return PIPELINES.computeIfAbsent(settings, s -> Holder.ASSEMBLY.with(s.toConfig()).pipeline());
    }
}
