package org.tessera.intake;

import org.tessera.model.PartialDate;

/**
 * Limits and fallbacks for intake. Intake labels each article with its language; which languages
 * are coded is the pipeline's business (the languages it has an annotator and coders for).
 *
 * @param fallbackDate  publication date to use when a page gives none (the CLI's {@code --date}); may be null
 * @param maxBytes      pages larger than this are rejected with an error, not read
 */
public record IntakeOptions(PartialDate fallbackDate, long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public IntakeOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
    }

    public static IntakeOptions defaults() {
        return new IntakeOptions(null, DEFAULT_MAX_BYTES);
    }

    public IntakeOptions withFallbackDate(PartialDate d) {
        return new IntakeOptions(d, maxBytes);
    }
}
