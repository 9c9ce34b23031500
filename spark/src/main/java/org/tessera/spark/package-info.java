/**
 * Tessera as an Apache Spark job: the core's intake, annotation and coding run unchanged inside
 * Spark partitions, so a year of news is coded with the same code and the same results as
 * {@code tessera code} on one machine. Files are listed on the driver and read by path on the executors ({@link org.tessera.spark.InputFiles}; any Hadoop file
 * system: local, HDFS, S3) and expanded by the core's {@code InputExpander}; each executor JVM
 * loads CoreNLP once ({@link org.tessera.spark.ExecutorPipeline}) and codes its partitions with it;
 * events are written as Parquet in the contract's schema and as GDELT 2.0 tables (through the
 * store's {@code GdeltFormat}, with articles grouped into stories across partitions by the store's
 * own rule, {@link org.tessera.spark.StoryAssignment}, and numbered in input order; copies found
 * from the cleaned texts before annotation, {@link org.tessera.spark.CopyClaims}, are not annotated), and failures of single records as JSON
 * lines beside them, counted but never failing the job. This package knows Spark and the core's
 * public API; it must not re-implement any stage of the pipeline.
 */
package org.tessera.spark;
