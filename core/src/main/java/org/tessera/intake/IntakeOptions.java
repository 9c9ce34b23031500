package org.tessera.intake;

import org.tessera.model.PartialDate;

/**
 * Limits and fallbacks for intake.
 *
 * @param fallbackDate  publication date to use when a page gives none (the CLI's {@code --date}); may be null
 * @param maxBytes      pages larger than this are rejected with an error, not read
 * @param languages     ISO 639-1 codes of languages to keep; articles in others are skipped with a message
 */
public record IntakeOptions(PartialDate fallbackDate, long maxBytes, java.util.Set<String> languages) {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public IntakeOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        languages = java.util.Set.copyOf(languages);
    }

    public static IntakeOptions defaults() {
        return new IntakeOptions(null, DEFAULT_MAX_BYTES, java.util.Set.of("en"));
    }

    public IntakeOptions withFallbackDate(PartialDate d) {
        return new IntakeOptions(d, maxBytes, languages);
    }
}
