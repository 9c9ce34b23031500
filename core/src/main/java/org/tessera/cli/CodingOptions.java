package org.tessera.cli;

import java.nio.file.Path;
import org.tessera.intake.IntakeOptions;
import org.tessera.lang.DictionaryMode;
import org.tessera.model.PartialDate;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.pipeline.PipelineConfig;
import picocli.CommandLine.Option;

/** Options shared by every command that codes text (a picocli mixin). */
public final class CodingOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for pages that give none (else the file time).")
    String date;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, each with its share of CoreNLP (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Folder of PETRARCH/TABARI dictionaries to use with ours.")
    Path dictionaries;

    @Option(names = "--dictionary-mode", paramLabel = "with|instead",
            description = "Use --dictionaries with our own lexicon and actors, or instead of them (default: ${DEFAULT-VALUE}).")
    DictionaryModeOption dictionaryMode = DictionaryModeOption.with;

    /** The option's values as users type them. */
    enum DictionaryModeOption {
        with(DictionaryMode.WITH), instead(DictionaryMode.INSTEAD);

        final DictionaryMode mode;

        DictionaryModeOption(DictionaryMode mode) {
            this.mode = mode;
        }
    }

    @Option(names = "--max-page-bytes", paramLabel = "BYTES", description = "Pages larger than this are rejected (default: ${DEFAULT-VALUE}).")
    long maxPageBytes = IntakeOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--max-parse-tokens", paramLabel = "N", description = "Sentences longer than this are not parsed (default: ${DEFAULT-VALUE}).")
    int maxParseTokens = AnnotatorConfig.defaults().maxParseTokens();

    @Option(names = "--article-timeout", paramLabel = "SECONDS",
            description = "Time budget per article; an article over it is skipped with a note, 0 for none (default: ${DEFAULT-VALUE}).")
    double articleTimeout = PipelineConfig.DEFAULT_ARTICLE_TIMEOUT.toSeconds();

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    PipelineConfig config() {
        PartialDate fallback = null;
        if (date != null) {
            fallback = PartialDate.parse(date).orElseThrow(() -> new IllegalArgumentException("--date: not a date: " + date));
        }
        AnnotatorConfig a = AnnotatorConfig.forParseLimit(maxParseTokens);
        if (!(articleTimeout >= 0)) throw new IllegalArgumentException("--article-timeout must be 0 or more seconds, not " + articleTimeout);
        java.time.Duration budget = java.time.Duration.ofMillis(Math.round(articleTimeout * 1000));
        return new PipelineConfig(new IntakeOptions(fallback, maxPageBytes), a, dictionaries, dictionaryMode.mode, threads, budget,
                PipelineConfig.DEFAULT_REPOST_SENTENCES);
    }
}
