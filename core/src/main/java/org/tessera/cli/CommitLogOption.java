package org.tessera.cli;

import java.io.PrintStream;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The hidden {@code --log-commits} option of the storing commands (a picocli mixin): tests that kill
 * a run mid-way need to know which documents were committed before the kill.
 */
public final class CommitLogOption {
    @Option(names = "--log-commits", hidden = true, description = "Print 'committed ID' on stderr after each document's commit (for tests).")
    boolean logCommits;

    /** What to do with each committed document id: print it when asked, else nothing. */
    Consumer<String> listener(PrintStream err) {
        return logCommits ? id -> err.println("committed " + id) : id -> { };
    }
}
