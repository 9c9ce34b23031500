package org.tessera.petrarch;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.testkit.SharedNlp;
import org.tessera.testkit.TestLanguage;

/** PETRARCH2's own unit-test records, coded with our parser and the PETRARCH-style matcher: at least 60 % exactly right. */
class PetrarchUnitTestsIT {
    private static final Path PEERS = Path.of("../../shared/peers/petrarch2");

    @Test
    void petrarchUnitTestRecordsPassAboveTheFloor() throws Exception {
        Path xml = PEERS.resolve("text/PETR.UnitTest.records.xml");
        assumeTrue(Files.isRegularFile(xml), "PETRARCH2 records not available");
        ValidationFile v = ValidationFile.read(xml);
        List<String> problems = new ArrayList<>();
        PetrarchDictionaries d = PetrarchDictionaries.load(v.selection(PEERS.resolve("dictionaries")), problems::add);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        UnitTestRun.Result r = new UnitTestRun(SharedNlp.annotator(), TestLanguage.ENGLISH, new PetrarchMatcher(d)).run(v.records(), out, false);
        UnitTestRun.print(r, out);
        System.err.print(buf.toString(StandardCharsets.UTF_8));
        assertTrue(r.total() > 250, "records read: " + r.total());
        assertTrue(r.passed() >= 0.60 * r.total(), "passed " + r.passed() + " of " + r.total());
    }
}
