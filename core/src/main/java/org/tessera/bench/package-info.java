/**
 * Measuring Tessera's throughput against the limit it is built on: bare CoreNLP annotation with
 * the annotators the coder needs, parsing every sentence. Owns a seeded generator of news-like
 * English written by us (actors from our own dictionaries, verbs of many CAMEO roots, filler lines
 * without actors), a heap watcher fed by the JVM's memory-pool and GC beans, and the runner behind
 * {@code tessera bench}, which times bare annotation and the full pipeline (intake, annotation,
 * coding, storing into throw-away DuckDB + Lucene stores) interleaved in one JVM so their ratio
 * survives a noisy machine, after a warm-up that lasts until the JIT compilers settle. It calls the pipeline exactly as the CLI does and must
 * not change what any stage computes; micro-benchmarks (JMH) of our own hot spots live apart, in
 * the test tree.
 */
package org.tessera.bench;
