package org.tessera.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of hostile inputs (generated here: empty, binary noise, a 50 MB page, invalid UTF-8,
 * Windows-1251 and KOI8-R pages, 100k-deep HTML, a gzip bomb inside a WARC, a truncated WARC,
 * broken JSON Lines, a feed with an external entity) mixed with a few good articles goes through
 * {@code tessera ingest} and then {@code tessera code} in a child JVM capped at 2 GB of heap.
 * Each bad input gets a one-line message naming it and saying why; the good ones are coded and
 * stored; the exit status is 1 (partial); it all takes bounded time and memory.
 */
class HostileInputIT {
    @TempDir
    Path tmp;

    @Test
    void badInputsGetOneLineErrorsAndGoodArticlesAreStillStored() throws Exception {
        Path in = tmp.resolve("mixed");
        long g0 = System.nanoTime();
        Map<String, String> expected = HostileCorpus.writeAll(in);
        OurArticles.writeGood(in);
        double generated = (System.nanoTime() - g0) / 1e9;
        Path db = tmp.resolve("store");
        Path out = tmp.resolve("code.jsonl");
        Path err = tmp.resolve("stderr.txt");

        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-Xss16m", "-cp", System.getProperty("java.class.path"),
                CliProbe.class.getName(),
                "ingest", "--db", db.toString(), "-q", "--date", "2021-03-15", in.toString(), "--then",
                "code", "-q", "--date", "2021-03-15", in.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(300, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        String all = String.join("\n", lines);
        assertTrue(ended, "child did not finish in 300 s:\n" + all);
        System.out.printf("HostileInputIT: %d inputs generated in %.1f s; ingest+code took %.1f s; %s%n", expected.size(), generated,
                seconds, lines.stream().filter(l -> l.startsWith("probe: peak-heap")).findFirst().orElse("no peak"));

        assertFalse(all.contains("OutOfMemoryError"), all);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Exception in")), "a stack trace escaped:\n" + all);
        assertEquals(1, p.exitValue(), "code's exit status: partial\n" + all);
        assertTrue(lines.contains("probe: exit 1 for [ingest]") || lines.stream().anyMatch(l -> l.startsWith("probe: exit 1 for [ingest]")),
                "ingest's exit status: partial\n" + all);
        // No bound on the time beyond the hang guard above: speed is the bench's business, not a test's.
        long peak = lines.stream().filter(l -> l.startsWith("probe: peak-heap ")).mapToLong(l -> Long.parseLong(l.substring(17))).max()
                .orElseThrow(() -> new AssertionError("no peak heap figure:\n" + all));
        assertTrue(peak < 2L << 30, "peak heap " + peak);

        // One line per bad input (per broken line for JSON Lines), naming it and giving the reason.
        for (var e : expected.entrySet()) {
            if (e.getKey().equals("deep-nesting.html")) continue; // read, not rejected: checked below
            String name = e.getKey();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("tessera: ") && l.contains(in.resolve(name).toString())
                            && l.toLowerCase(Locale.ROOT).contains(e.getValue())),
                    name + ": no one-line message with '" + e.getValue() + "' in:\n" + all);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("bomb.warc.gz: https://bomb.example/bomb") && l.contains("over the limit")), all);
        for (int n = 2; n <= 6; n++) {
            String tag = "broken-lines.jsonl:line" + n + ": ";
            assertTrue(lines.stream().anyMatch(l -> l.contains(tag)), tag + " not reported:\n" + all);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("truncated.warc: https://good.example/truncated-second")), all);
        assertTrue(lines.stream().filter(l -> l.startsWith("tessera: ") && l.contains("xxe-feed.rss")).allMatch(l -> !l.contains("root:")),
                "the external entity was read:\n" + all);

        // Everything good is coded and stored: our three articles, the WARC records on both sides of
        // the bomb, the whole record of the truncated WARC, the good JSON line, and the deeply nested page.
        for (String good : List.of("good-minsk-visit", "good-tokyo-protest", "good-brussels-sanctions", "warc-before", "warc-after",
                "truncated-first", "jsonl-ok", "deep-nesting")) {
            assertTrue(StoreRows.mentionsOf(db, good) > 0, good + " has no events in the store:\n" + all);
        }
        assertEquals(0, StoreRows.mentionsOf(db, "truncated-second"));
        String coded = Files.readString(out, StandardCharsets.UTF_8);
        for (String good : List.of("good-minsk-visit", "good-tokyo-protest", "warc-after", "jsonl-ok"))
            assertTrue(coded.contains(good), good + " missing from code's output");
    }
}
