package org.tessera.spark;

import java.util.Objects;

/**
 * One run of the job.
 *
 * @param input      a file, folder, glob or comma-separated list, on any Hadoop file system
 * @param output     the folder to write: {@code events/} (Parquet), {@code gdelt/events.tsv} and
 *                   {@code gdelt/mentions.tsv} (GDELT 2.0), {@code _errors/} (JSON lines)
 * @param partitions how many tasks to code in; 0 for four per core of the cluster, or one per 256 input files if that is more
 * @param settings   the pipeline's options
 * @param overwrite  replace an existing output folder instead of refusing to run
 * @param reuseCopies find near-copies from the cleaned texts before annotating and annotate only
 *                   the articles they copy ({@link CopyClaims}); false annotates every article, so
 *                   that {@code events/} holds every article's own events, as {@code tessera code} writes them
 */
public record JobRequest(String input, String output, int partitions, PipelineSettings settings, boolean overwrite,
                         boolean reuseCopies) {
    public JobRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(settings, "settings");
        if (partitions < 0) throw new IllegalArgumentException("--partitions must not be negative");
    }

    /** A run that reuses the coding of the articles copies copy, as {@code tessera ingest} does. */
    public JobRequest(String input, String output, int partitions, PipelineSettings settings, boolean overwrite) {
        this(input, output, partitions, settings, overwrite, true);
    }
}
