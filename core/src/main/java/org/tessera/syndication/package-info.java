/**
 * Syndicated copies, measured: a seeded generator that turns real articles read at run time (the
 * BBC 2004-2005 corpus under {@code shared/}, never copied into the project) into an agency's
 * originals and other outlets' copies of them, re-headlined, trimmed and re-footed as outlets do
 * (the outlets are data: {@code outlets.tsv}), and the benchmark behind {@code tessera bench-copies},
 * which ingests that corpus twice in one JVM, annotating every copy and finding copies before
 * annotation, and compares the annotation time and the stored rows. It drives the store and the
 * pipeline through their public API only.
 */
package org.tessera.syndication;
