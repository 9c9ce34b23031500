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
 * {@code repostSentences} bounds the annotations kept for reposts ({@link RepostCache}); 0 turns
 * that off.
 */
public record PipelineConfig(IntakeOptions intake, AnnotatorConfig annotator, Path dictionaries, int threads,
                             Duration articleTimeout, int repostSentences) {
    /** Generous: a normal news article takes well under a second; this only stops runaways. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(300);
    /** About 3,000 sentences of tokens and dependencies: tens of megabytes, a small part of CoreNLP's own. */
    public static final int DEFAULT_REPOST_SENTENCES = 3_000;

    public PipelineConfig {
        Objects.requireNonNull(intake);
        Objects.requireNonNull(annotator);
        Objects.requireNonNull(articleTimeout);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (articleTimeout.isNegative()) throw new IllegalArgumentException("article timeout must not be negative");
        if (repostSentences < 0) throw new IllegalArgumentException("repost cache size must not be negative");
    }

    public PipelineConfig(IntakeOptions intake, AnnotatorConfig annotator, Path dictionaries, int threads, Duration articleTimeout) {
        this(intake, annotator, dictionaries, threads, articleTimeout, DEFAULT_REPOST_SENTENCES);
    }

    /** The same, annotating every article even when it repeats one (benchmarks run the same text many times). */
    public PipelineConfig withoutRepostCache() {
        return new PipelineConfig(intake, annotator, dictionaries, threads, articleTimeout, 0);
    }

    public PipelineConfig(IntakeOptions intake, AnnotatorConfig annotator, Path dictionaries, int threads) {
        this(intake, annotator, dictionaries, threads, DEFAULT_ARTICLE_TIMEOUT);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(IntakeOptions.defaults(), AnnotatorConfig.defaults(), null, 1);
    }
}
