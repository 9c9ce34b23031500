package org.tessera.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** The store folder option shared by the store commands (a picocli mixin). */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("tessera-data");

    static LocalDate date(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": not a date (YYYY-MM-DD): " + value);
        }
    }
}
