package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tessera.lang.DictionaryMode;
import org.tessera.pipeline.PipelineConfig;
import picocli.CommandLine;

/**
 * Every coding command reads its options into the one configuration record, so none can ignore
 * one (ingest and explain once ignored {@code --dictionary-mode}). No CoreNLP: only the parse.
 */
class CodingOptionsTest {
    private static final List<Function<String[], CodingOptions>> COMMANDS = List.of(
            args -> parse(new CodeCommand(), args).options,
            args -> parse(new EvalCommand(), prepend("gold.jsonl", args)).options,
            args -> parse(new IngestCommand(), args).options,
            args -> parse(new ExplainCommand(), args).options);

    private static <T extends Callable<Integer>> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private static String[] prepend(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"with", "instead"})
    void everyCodingCommandPassesTheDictionaryModeOn(String mode) {
        for (Function<String[], CodingOptions> command : COMMANDS) {
            PipelineConfig c = command.apply(new String[]{"--dictionaries", "dicts", "--dictionary-mode", mode, "--threads", "2",
                    "--date", "2021-03-04", "--max-parse-tokens", "60", "article.txt"}).config();
            assertEquals(mode.equals("with") ? DictionaryMode.WITH : DictionaryMode.INSTEAD, c.dictionaryMode());
            assertEquals(Path.of("dicts"), c.dictionaries());
            assertEquals(2, c.threads());
            assertEquals("2021-03-04", c.intake().fallbackDate().toString());
            assertEquals(60, c.annotator().maxParseTokens());
        }
    }

    @Test
    void withIsTheDefaultAndABadDateIsAUsageError() {
        for (Function<String[], CodingOptions> command : COMMANDS) {
            assertEquals(DictionaryMode.WITH, command.apply(new String[]{"article.txt"}).config().dictionaryMode());
            CodingOptions bad = command.apply(new String[]{"--date", "soon", "article.txt"});
            assertEquals("--date: not a date: soon", assertThrows(IllegalArgumentException.class, bad::config).getMessage());
        }
    }
}
