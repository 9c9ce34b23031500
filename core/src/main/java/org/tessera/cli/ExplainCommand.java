package org.tessera.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tessera.coding.CodingExplainer;
import org.tessera.model.Article;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.PartialDate;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineAssembly;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = "Show how text is coded: tokens, parse, actors, events and the evidence for each.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    CodingOptions options;

    @Option(names = "--file", description = "Read the text from this plain-text file instead of the arguments.")
    Path file;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The text to code (one article).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        String text = file != null ? Files.readString(file, StandardCharsets.UTF_8) : String.join(" ", words == null ? List.of() : words);
        if (text.isBlank()) throw new IllegalArgumentException("give TEXT or --file");
        PipelineAssembly assembly = PipelineAssembly.standard(options.config(), System.err);
        PartialDate date = assembly.config().intake().fallbackDate();
        // The text is one article in the first language coded: explain is for checking how a sentence is read.
        String language = assembly.defaultLanguage();
        Article a = new Article("explain", 0, "", text, 0, date, date == null ? DocumentDateOrigin.NONE : DocumentDateOrigin.OPTION, language, "");
        Pipeline p = assembly.pipeline();
        System.out.print(new CodingExplainer(p.stage(language).coder()).explain(p.code(a).annotated()));
        return ExitCodes.OK;
    }
}
