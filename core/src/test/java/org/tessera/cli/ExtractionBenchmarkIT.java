package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public article-extraction benchmark (shared corpus, not copied into the project) scored by
 * its own {@code evaluate.py} on what {@code tessera extract --benchmark} writes: intake must keep
 * article bodies about as well as the best extractors do.
 */
class ExtractionBenchmarkIT {
    private static final Path BENCHMARK = Path.of("../../shared/corpus/article-extraction-benchmark");
    private static final double F1_FLOOR = 0.93;
    /** evaluate.py's line for one extractor: name, version (empty here), then F1, precision, recall, accuracy, each "x ± sd". */
    private static final Pattern SCORE = Pattern.compile(
            "(?m)^tessera\\s+([0-9.]+) ± \\S+\\s+([0-9.]+) ± \\S+\\s+([0-9.]+) ± \\S+\\s+([0-9.]+) ± ");

    @Test
    void benchmarkF1IsAtLeastTheFloor(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(BENCHMARK.resolve("html")), "article-extraction benchmark not beside the project");
        Files.copy(BENCHMARK.resolve("ground-truth.json"), dir.resolve("ground-truth.json"));
        Files.copy(BENCHMARK.resolve("evaluate.py"), dir.resolve("evaluate.py"));
        Files.createDirectory(dir.resolve("output"));
        int rc = TesseraCli.run("extract", "--benchmark", "-o", dir.resolve("output/tessera.json").toString(),
                BENCHMARK.resolve("html").toString());
        assertTrue(rc == ExitCodes.OK, "every page gives an article, exit status " + rc);

        Process p;
        try {
            p = new ProcessBuilder("python3", "evaluate.py", "--n-bootstrap", "100").directory(dir.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "evaluate.py did not finish");
        assertEquals(0, p.exitValue(), out);
        System.out.println(out);
        Matcher m = SCORE.matcher(out);
        assertTrue(m.find(), "no score line in: " + out);
        double f1 = Double.parseDouble(m.group(1));
        assertTrue(f1 >= F1_FLOOR, "benchmark F1 " + f1 + " (P " + m.group(2) + ", R " + m.group(3) + ", accuracy "
                + m.group(4) + ") below " + F1_FLOOR);
    }
}
