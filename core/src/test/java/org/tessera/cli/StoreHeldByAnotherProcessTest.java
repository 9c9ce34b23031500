package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.store.EventStore;

/**
 * DuckDB admits one process per store: while this JVM holds a store (as a running {@code watch}
 * or {@code serve} does), every verb of a second JVM on it must stop at once with one line naming
 * the store and its holder, not hang and not print DuckDB's own message.
 */
class StoreHeldByAnotherProcessTest {
    /** Far more than a JVM needs to start and fail; a verb that waited on the lock would run past it. */
    private static final long BOUND_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void everyVerbOfASecondProcessFailsAtOnceWithOneLine() throws Exception {
        Path db = dir.resolve("db");
        Path article = Files.writeString(dir.resolve("a.txt"), "Russia and Belarus signed a treaty on Monday.\n");
        Path drop = Files.createDirectory(dir.resolve("drop"));
        try (EventStore held = EventStore.open(db)) {
            List<String[]> verbs = List.of(new String[] {"ingest", "--db", db.toString(), article.toString()},
                    new String[] {"watch", "--db", db.toString(), drop.toString()},
                    new String[] {"serve", "--db", db.toString(), "--port", "0"});
            List<Process> started = new ArrayList<>();
            for (String[] v : verbs) started.add(secondJvm(v, dir.resolve(v[0] + ".err")));
            String expected = "tessera: " + db + ": another Tessera process (PID " + ProcessHandle.current().pid() + ") holds this store";
            for (int i = 0; i < verbs.size(); i++) {
                Process p = started.get(i);
                String verb = verbs.get(i)[0];
                boolean ended = p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS);
                if (!ended) p.destroyForcibly();
                List<String> err = Files.readAllLines(dir.resolve(verb + ".err"), StandardCharsets.UTF_8);
                assertTrue(ended, verb + " still running after " + BOUND_SECONDS + " s: " + err);
                assertEquals(ExitCodes.FAILURE, p.exitValue(), verb + ": " + err);
                assertEquals(1, err.size(), verb + ": " + err);
                assertTrue(err.get(0).startsWith(expected) && err.get(0).contains("serve --watch"), verb + ": " + err.get(0));
            }
            assertEquals(0, held.counts().documents(), "the holder's store is untouched");
        }
    }

    private static Process secondJvm(String[] args, Path err) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), TesseraCli.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
