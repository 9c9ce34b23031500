package org.tessera.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tessera.intake.Intake;
import org.tessera.intake.IntakeException;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.Article;
import org.tessera.model.CleanDocument;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tessera extract}: intake alone, without annotation or coding, so that what intake keeps of
 * a page can be read and measured (the article-extraction benchmark reads {@code --benchmark}).
 */
@Command(name = "extract", mixinStandardHelpOptions = true, description = {
        "Print the articles intake cuts out of each page (text, HTML, .gz, feeds, WARC...) as JSON Lines: one line per "
                + "document, {\"id\", \"articles\": [{\"title\", \"date\", \"url\", \"language\", \"body\"}]} or {\"id\", \"error\"}.",
        "--benchmark prints instead one JSON object {id: {\"articleBody\": ...}} in the format of the article-extraction "
                + "benchmark (github.com/scrapinghub/article-extraction-benchmark), the id being the file name without .html[.gz]."})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--benchmark", description = "Write the article-extraction benchmark's {id: {\"articleBody\"}} object.")
    boolean benchmark;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--stats", description = "Then measure intake warm on the same pages and print pages/second on stderr.")
    boolean stats;

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds over all pages for --stats, after one untimed (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to read.")
    List<Path> inputs;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        if (rounds < 1) throw new IllegalArgumentException("--rounds must be at least 1");
        int[] failures = {0};
        List<RawDocument> docs = BatchRunner.expand(inputs, IntakeOptions.DEFAULT_MAX_BYTES, e -> {
            err.println("tessera: " + e);
            failures[0]++;
        });
        Intake intake = new Intake(IntakeOptions.defaults());
        ObjectNode bench = json.createObjectNode();
        List<String> lines = new ArrayList<>();
        for (RawDocument d : docs) {
            ObjectNode line = json.createObjectNode().put("id", d.id());
            try {
                CleanDocument doc = intake.clean(d);
                ArrayNode arts = line.putArray("articles");
                List<String> bodies = new ArrayList<>();
                for (Article a : doc.articles()) {
                    String body = body(a);
                    bodies.add(body);
                    arts.addObject().put("title", a.title()).put("date", a.date() == null ? null : a.date().toString())
                            .put("url", a.url()).put("language", a.language()).put("body", body);
                }
                bench.putObject(benchmarkId(d.id())).put("articleBody", String.join("\n\n", bodies));
            } catch (IntakeException e) {
                failures[0]++;
                err.println("tessera: " + e.getMessage());
                line.put("error", e.getMessage());
                bench.putObject(benchmarkId(d.id())).put("articleBody", "");
            }
            lines.add(json.writeValueAsString(line));
        }
        String text = benchmark ? json.writerWithDefaultPrettyPrinter().writeValueAsString(bench) + "\n"
                : lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        try (OutputStream out = output == null ? new NonClosing(System.out) : Files.newOutputStream(output)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        if (stats) err.println(warmStats(intake, docs));
        return failures[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** The article's text without its headline, which {@link Intake} puts first. */
    static String body(Article a) {
        String t = a.text();
        if (!a.title().isEmpty() && t.startsWith(a.title())) return t.substring(a.title().length()).strip();
        return t;
    }

    /** The benchmark names pages by file name without {@code .html} / {@code .html.gz}. */
    static String benchmarkId(String docId) {
        String name = Path.of(docId).getFileName().toString();
        return name.replaceFirst("(?i)\\.gz$", "").replaceFirst("(?i)\\.x?html?$", "");
    }

    private String warmStats(Intake intake, List<RawDocument> docs) {
        runAll(intake, docs); // untimed: class loading and the JIT's first compilations
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            runAll(intake, docs);
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            total += t;
        }
        double meanMs = total / 1e6 / rounds / Math.max(1, docs.size());
        double bestMs = best / 1e6 / Math.max(1, docs.size());
        return String.format(Locale.ROOT, "extract: %d pages, %d warm rounds on one thread: %.2f ms/page mean (%.1f pages/s), "
                + "%.2f ms/page best round (%.1f pages/s)", docs.size(), rounds, meanMs, 1000 / meanMs, bestMs, 1000 / bestMs);
    }

    private static void runAll(Intake intake, List<RawDocument> docs) {
        for (RawDocument d : docs) {
            try {
                intake.clean(d);
            } catch (IntakeException e) {
                // Counted in the extraction pass; timing goes on.
            }
        }
    }

    /** stdout stays open for whatever prints after the command. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
