package org.tessera.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.tessera.intake.IntakeOptions;
import org.tessera.nlp.AnnotatorConfig;

/**
 * Everything that shapes a pipeline, validated at start. {@code dictionaries} is a folder of
 * PETRARCH-format dictionaries to use with our own, or null. {@code articleTimeout} is the time
 * budget for annotating and coding one article; {@link Duration#ZERO} means none.
 */
public record PipelineConfig(IntakeOptions intake, AnnotatorConfig annotator, Path dictionaries, int threads,
                             Duration articleTimeout) {
    /** Generous: a normal news article takes well under a second; this only stops runaways. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(300);

    public PipelineConfig {
        Objects.requireNonNull(intake);
        Objects.requireNonNull(annotator);
        Objects.requireNonNull(articleTimeout);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (articleTimeout.isNegative()) throw new IllegalArgumentException("article timeout must not be negative");
    }

    public PipelineConfig(IntakeOptions intake, AnnotatorConfig annotator, Path dictionaries, int threads) {
        this(intake, annotator, dictionaries, threads, DEFAULT_ARTICLE_TIMEOUT);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(IntakeOptions.defaults(), AnnotatorConfig.defaults(), null, 1);
    }
}
