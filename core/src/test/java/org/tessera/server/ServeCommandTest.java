package org.tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.cli.ExitCodes;
import org.tessera.store.CliRun;

class ServeCommandTest {
    @Test
    void servingAMissingStoreCannotRunAndCreatesNothing(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-store-here");
        CliRun r = CliRun.of("serve", "--db", missing.toString(), "--port", "0");
        assertEquals(ExitCodes.FAILURE, r.exitCode(), r.err());
        assertTrue(r.err().contains("no event store at " + missing), r.err());
        assertFalse(Files.exists(missing), "serve must not create a store");
    }

    @Test
    void aBadPortIsAUsageError(@TempDir Path tmp) {
        CliRun r = CliRun.of("serve", "--db", tmp.toString(), "--port", "70000");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("--port must be 0..65535"), r.err());
    }
}
