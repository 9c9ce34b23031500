package org.tessera.spark;

import java.io.Serializable;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.PartialDate;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.pipeline.PipelineConfig;

/**
 * The pipeline options that travel from the driver to the executors. The core's
 * {@link PipelineConfig} is not serialisable, so this carries plain values and builds it where it
 * is used; the values mean what the CLI's options of the same names mean.
 *
 * @param fallbackDate   publication date for pages that give none, ISO 8601, or null for the file time
 * @param maxPageBytes   pages larger than this are reported, not read
 * @param maxParseTokens sentences longer than this are not parsed
 */
public record PipelineSettings(String fallbackDate, long maxPageBytes, int maxParseTokens) implements Serializable {
    public PipelineSettings {
        if (fallbackDate != null && PartialDate.parse(fallbackDate).isEmpty())
            throw new IllegalArgumentException("--date: not a date: " + fallbackDate);
        if (maxPageBytes < 1) throw new IllegalArgumentException("--max-page-bytes must be positive");
        if (maxParseTokens < 1) throw new IllegalArgumentException("--max-parse-tokens must be positive");
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings(null, IntakeOptions.DEFAULT_MAX_BYTES, AnnotatorConfig.defaults().maxParseTokens());
    }

    /** The same configuration {@code tessera code} builds from the same options. */
    public PipelineConfig toConfig() {
        PartialDate fallback = fallbackDate == null ? null : PartialDate.parse(fallbackDate).orElseThrow();
        AnnotatorConfig a = AnnotatorConfig.forParseLimit(maxParseTokens);
        return new PipelineConfig(new IntakeOptions(fallback, maxPageBytes), a, null, 1);
    }
}
