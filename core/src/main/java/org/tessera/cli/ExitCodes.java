package org.tessera.cli;

/** What the process's exit status means. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The run finished but some inputs could not be read or coded; see stderr. */
    public static final int PARTIAL = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** Could not run at all (missing database, port in use...). */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
