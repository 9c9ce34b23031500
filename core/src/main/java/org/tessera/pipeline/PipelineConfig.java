package org.tessera.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import org.tessera.intake.IntakeOptions;
import org.tessera.nlp.AnnotatorConfig;

/**
 * Everything that shapes a pipeline, validated at start. {@code dictionaries} is a folder of
 * PETRARCH-format dictionaries to use with our own, or null.
 */
public record PipelineConfig(IntakeOptions intake, AnnotatorConfig annotator, Path dictionaries, int threads) {
    public PipelineConfig {
        Objects.requireNonNull(intake);
        Objects.requireNonNull(annotator);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(IntakeOptions.defaults(), AnnotatorConfig.defaults(), null, 1);
    }
}
