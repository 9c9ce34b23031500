package org.tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.cli.ExitCodes;
import org.tessera.cli.TesseraCli;

class ServeCommandTest {
    @Test
    void servingAMissingStoreCannotRunAndCreatesNothing(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-store-here");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(ps);
            code = TesseraCli.run("serve", "--db", missing.toString(), "--port", "0");
        } finally {
            System.setErr(old);
        }
        assertEquals(ExitCodes.FAILURE, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("no event store at " + missing), message);
        assertFalse(Files.exists(missing), "serve must not create a store");
    }

    @Test
    void aBadPortIsAUsageError(@TempDir Path tmp) {
        PrintStream old = System.err;
        try (PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            System.setErr(ps);
            assertEquals(ExitCodes.USAGE, TesseraCli.run("serve", "--db", tmp.toString(), "--port", "70000"));
        } finally {
            System.setErr(old);
        }
    }
}
