package org.tessera.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.tessera.intake.IntakeOptions;
import org.tessera.lang.DictionaryMode;
import org.tessera.nlp.AnnotatorConfig;

/**
 * Everything that shapes a pipeline, validated at start: the one configuration record every
 * command, the demo, the bench and Spark build their stages from ({@link PipelineAssembly}).
 * {@code dictionaries} is a folder of PETRARCH-format dictionaries, or null; {@code dictionaryMode}
 * says whether they join our own knowledge or replace it. {@code articleTimeout} is the time
 * budget for annotating and coding one article; {@link Duration#ZERO} means none.
 * {@code repostSentences} bounds the annotations kept for reposts ({@link RepostCache}); 0 turns
 * that off.
 */
public record PipelineConfig(IntakeOptions intake, AnnotatorConfig annotator, Path dictionaries, DictionaryMode dictionaryMode,
                             int threads, Duration articleTimeout, int repostSentences) {
    /** Generous: a normal news article takes well under a second; this only stops runaways. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(300);
    /** About 3,000 sentences of tokens and dependencies: tens of megabytes, a small part of CoreNLP's own. */
    public static final int DEFAULT_REPOST_SENTENCES = 3_000;

    public PipelineConfig {
        Objects.requireNonNull(intake);
        Objects.requireNonNull(annotator);
        Objects.requireNonNull(dictionaryMode);
        Objects.requireNonNull(articleTimeout);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (articleTimeout.isNegative()) throw new IllegalArgumentException("article timeout must not be negative");
        if (repostSentences < 0) throw new IllegalArgumentException("repost cache size must not be negative");
    }

    public PipelineConfig(IntakeOptions intake, AnnotatorConfig annotator, Path dictionaries, int threads, Duration articleTimeout) {
        this(intake, annotator, dictionaries, DictionaryMode.WITH, threads, articleTimeout, DEFAULT_REPOST_SENTENCES);
    }

    public PipelineConfig(IntakeOptions intake, AnnotatorConfig annotator, Path dictionaries, int threads) {
        this(intake, annotator, dictionaries, threads, DEFAULT_ARTICLE_TIMEOUT);
    }

    /** The same, annotating every article even when it repeats one (benchmarks run the same text many times). */
    public PipelineConfig withoutRepostCache() {
        return new PipelineConfig(intake, annotator, dictionaries, dictionaryMode, threads, articleTimeout, 0);
    }

    /** The same with other annotator settings (the bench's reference run). */
    public PipelineConfig withAnnotator(AnnotatorConfig other) {
        return new PipelineConfig(intake, other, dictionaries, dictionaryMode, threads, articleTimeout, repostSentences);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(IntakeOptions.defaults(), AnnotatorConfig.defaults(), null, 1);
    }
}
