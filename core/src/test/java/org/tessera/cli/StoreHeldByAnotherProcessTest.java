package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.store.EventStore;
import org.tessera.testkit.IngestProcess;

/**
 * DuckDB admits one process per store: while this JVM holds a store (as a running {@code watch}
 * or {@code serve} does), every verb of a second JVM on it must stop at once with one line naming
 * the store and its holder, not hang and not print DuckDB's own message.
 */
class StoreHeldByAnotherProcessTest {
    /** Far more than a JVM needs to start and fail; a verb that waited on the lock would run past it. */
    private static final Duration BOUND = Duration.ofSeconds(60);

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
            List<IngestProcess> started = new ArrayList<>();
            for (String[] v : verbs) started.add(IngestProcess.tessera(List.of(v)));
            String expected = "tessera: " + db + ": another Tessera process (PID " + ProcessHandle.current().pid() + ") holds this store";
            try {
                for (int i = 0; i < verbs.size(); i++) {
                    String verb = verbs.get(i)[0];
                    int status = started.get(i).waitFor(BOUND);
                    List<String> lines = started.get(i).output().lines().toList();
                    assertEquals(ExitCodes.FAILURE, status, verb + " (-1: still running after " + BOUND + "): " + lines);
                    assertEquals(1, lines.size(), verb + ": " + lines);
                    assertTrue(lines.get(0).startsWith(expected) && lines.get(0).contains("serve --watch"), verb + ": " + lines.get(0));
                }
            } finally {
                for (IngestProcess p : started) p.close();
            }
            assertEquals(0, held.counts().documents(), "the holder's store is untouched");
        }
    }
}
