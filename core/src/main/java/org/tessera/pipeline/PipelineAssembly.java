package org.tessera.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.tessera.cameo.CameoTable;
import org.tessera.coding.ArticleCoder;
import org.tessera.coding.EventFinisher;
import org.tessera.coding.FamilyTable;
import org.tessera.coding.EventLocator;
import org.tessera.geo.GazetteerLocator;
import org.tessera.lang.LanguageSupport;
import org.tessera.lang.Languages;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.nlp.ArticleAnnotator;
import org.tessera.petrarch.PetrarchDictionaries;

/**
 * The one place stages are built: from one {@link PipelineConfig} and the registered languages, the
 * annotator of each language (loaded once and shared by every assembly derived with
 * {@link #with}), its coders and the one finishing step (with the gazetteer locator). Every path
 * builds its pipeline here: {@code code}, {@code ingest}, {@code eval}, {@code explain},
 * {@code bench}, {@code petrarch-tests}, the server's demo and Spark. Thread-safe; what it loads it
 * loads once, on first use.
 */
public final class PipelineAssembly {
    private final PipelineConfig config;
    private final List<LanguageSupport> languages;
    private final PrintStream log;
    private final Loaded loaded;
    private final Map<String, ArticleCoder> coders = new ConcurrentHashMap<>();
    /** A user's PETRARCH dictionaries, read on first use (guarded by this). */
    private PetrarchDictionaries dictionaries;

    /** What assemblies derived from one another share: the costly annotators and the gazetteer. */
    private static final class Loaded {
        final Map<String, ArticleAnnotator> annotators = new ConcurrentHashMap<>();
        private EventLocator locator;

        synchronized EventLocator locator(PrintStream log) {
            if (locator == null) {
                long t0 = System.nanoTime();
                locator = GazetteerLocator.bundled();
                log.printf("tessera: gazetteer loaded in %.1fs%n", (System.nanoTime() - t0) / 1e9);
            }
            return locator;
        }
    }

    public PipelineAssembly(PipelineConfig config, List<LanguageSupport> languages, PrintStream log) {
        this(config, languages, log, new Loaded());
    }

    private PipelineAssembly(PipelineConfig config, List<LanguageSupport> languages, PrintStream log, Loaded loaded) {
        this.config = Objects.requireNonNull(config);
        if (languages.isEmpty()) throw new IllegalArgumentException("no language to code");
        this.languages = List.copyOf(languages);
        this.log = Objects.requireNonNull(log);
        this.loaded = loaded;
    }

    /** The standard languages ({@link Languages#standard()}), logging loads on {@code log}. */
    public static PipelineAssembly standard(PipelineConfig config, PrintStream log) {
        return new PipelineAssembly(config, Languages.standard(), log);
    }

    /** Another configuration over the same languages, sharing the annotators and gazetteer already loaded. */
    public PipelineAssembly with(PipelineConfig other) {
        return new PipelineAssembly(other, languages, log, loaded);
    }

    public PipelineConfig config() {
        return config;
    }

    /** The first registered language: what a text is taken to be when nothing says otherwise. */
    public String defaultLanguage() {
        return languages.get(0).language();
    }

    /** The full pipeline: intake, then each article through its language's stage. */
    public Pipeline pipeline() {
        Map<String, LanguageStage> stages = new LinkedHashMap<>();
        for (LanguageSupport l : languages) stages.put(l.language(), stage(l.language()));
        return new Pipeline(config.intake(), stages, defaultLanguage(), config.articleTimeout(), config.repostSentences());
    }

    public LanguageStage stage(String language) {
        return new LanguageStage(annotator(language), coder(language));
    }

    /** The language's annotator under this configuration's settings, loaded on first use. */
    public ArticleAnnotator annotator(String language) {
        LanguageSupport l = support(language);
        AnnotatorConfig ac = config.annotator();
        return loaded.annotators.computeIfAbsent(language + "|" + ac, k -> {
            long t0 = System.nanoTime();
            ArticleAnnotator a = l.annotator(ac);
            log.printf("tessera: %s annotator loaded in %.1fs%n", language, (System.nanoTime() - t0) / 1e9);
            return a;
        });
    }

    /** The language's coders and finishing step, built on first use. */
    public ArticleCoder coder(String language) {
        LanguageSupport l = support(language);
        return coders.computeIfAbsent(language, k -> {
            CameoTable cameo = CameoTable.load();
            FamilyTable families = FamilyTable.bundled(cameo);
            return new ArticleCoder(l.coders(dictionaries(), config.dictionaryMode()),
                    new EventFinisher(l.modality(), loaded.locator(log), (material, family) -> families.familyOf(material.code(), family).map(cameo::get)));
        });
    }

    private LanguageSupport support(String language) {
        for (LanguageSupport l : languages) if (l.language().equals(language)) return l;
        throw new IllegalArgumentException("language " + language + " not coded");
    }

    private synchronized PetrarchDictionaries dictionaries() {
        if (config.dictionaries() == null || dictionaries != null) return dictionaries;
        try {
            dictionaries = PetrarchDictionaries.load(config.dictionaries(), p -> log.println("tessera: " + p));
        } catch (IOException e) {
            throw new IllegalArgumentException("--dictionaries: " + e.getMessage());
        }
        log.printf("tessera: PETRARCH dictionaries: %d verb blocks, %d patterns, %d actors, %d agents, %d discards (%s ours)%n",
                dictionaries.verbs().blocks().size(), dictionaries.verbs().patternCount(), dictionaries.actors().size(),
                dictionaries.agents().size(), dictionaries.discards().size(), config.dictionaryMode().name().toLowerCase(java.util.Locale.ROOT));
        return dictionaries;
    }
}
