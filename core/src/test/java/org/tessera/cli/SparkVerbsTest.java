package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The Spark verbs are in the main help with their options, and say how to run them when reached without Spark. */
class SparkVerbsTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = new CommandLine(new TesseraCli());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theMainHelpListsTheSparkVerbsLikeEveryOther() {
        String help = run("--help").out();
        for (String verb : new String[] {"ingest", "spark", "spark-bench", "spark-cluster-test", "bench-store"})
            assertTrue(help.lines().anyMatch(l -> l.startsWith("  " + verb + " ")), verb + " missing from:\n" + help);
    }

    @Test
    void eachSparkVerbsHelpDescribesItsOptions() {
        assertTrue(run("help", "spark").out().contains("--max-parse-tokens=N"));
        assertTrue(run("help", "spark-bench").out().contains("--masters=M"));
        assertTrue(run("help", "spark-cluster-test").out().contains("--input=FOLDER"));
    }

    @Test
    void withoutTheSparkClasspathTheVerbSaysInOneLineHowToRunIt() {
        Run r = run("spark", "--input", "in", "--output", "out");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("./tessera spark"), r.err());
    }
}
