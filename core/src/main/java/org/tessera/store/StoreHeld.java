package org.tessera.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line error for a store another process holds. DuckDB admits one process per database
 * file and refuses the next at once with a long message of its own ("Could not set lock on file
 * ... Conflicting lock is held in PROGRAM (PID N)"); a user running {@code ingest} or {@code serve}
 * beside a {@code watch} needs to hear which store, who holds it and what to do instead.
 */
final class StoreHeld {
    private static final String LOCKED = "Could not set lock on file";
    private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");

    private StoreHeld() {
    }

    /** The error for {@code e} when it is DuckDB's refusal of a locked database file. */
    static Optional<StoreException> ifHeld(Path dir, SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (!m.contains(LOCKED)) return Optional.empty();
        Matcher lock = HOLDER.matcher(m);
        String holder;
        if (!lock.find()) holder = "another process";
        else if (Path.of(lock.group(1)).getFileName().toString().startsWith("java")) holder = "another Tessera process (PID " + lock.group(2) + ")";
        else holder = "another program (" + lock.group(1) + ", PID " + lock.group(2) + ")";
        return Optional.of(held(dir, holder, e));
    }

    /** {@code holder}: who holds it, as far as known (null: another Tessera process). */
    static StoreException held(Path dir, String holder, Exception cause) {
        return new StoreException(dir + ": " + (holder == null ? "another Tessera process" : holder) + " holds this store, and a store "
                + "admits one process at a time: stop that one first, or watch inside the server with 'tessera serve --watch'", cause);
    }
}
