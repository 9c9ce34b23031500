/**
 * The one way stages are composed: intake, annotation and coding as plain calls over immutable
 * records, the same in the CLI, the server's ingest, benchmarks and a Spark partition. Owns
 * per-document error isolation (a broken page becomes a message, never an exception that stops a
 * batch), the per-article time budget, and progress reporting on stderr. Knows nothing of where
 * results go.
 */
package org.tessera.pipeline;
