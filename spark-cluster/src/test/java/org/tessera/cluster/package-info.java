/**
 * The Spark job on a real Spark standalone cluster, started by the test: a master and workers in
 * JVMs of their own on 127.0.0.1, run from a Spark home assembled from Maven Central
 * ({@code spark-dist}), the job submitted through Spark's own submit entry point with the cluster
 * jar and CoreNLP's models jar, and its events checked against local mode and the core pipeline.
 * Only in the {@code spark-cluster} profile ({@code ./tessera spark-cluster-test}).
 */
package org.tessera.cluster;
