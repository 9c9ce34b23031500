/**
 * The one way stages are composed: {@link org.tessera.pipeline.PipelineAssembly} builds, from one
 * {@link org.tessera.pipeline.PipelineConfig} and the registered languages, the intake, each
 * language's annotator and coders and the finishing step, the same in the CLI, the server's demo,
 * benchmarks and a Spark partition. {@link org.tessera.pipeline.Pipeline} runs them as plain calls
 * over immutable records and owns per-document error isolation (a broken page becomes a message,
 * never an exception that stops a batch), the per-article time budget, the repost cache, finding
 * copies of coded articles before annotation in runs given a {@link org.tessera.pipeline.CopyFinder}, and
 * progress reporting on stderr. Knows nothing of where results go.
 */
package org.tessera.pipeline;
