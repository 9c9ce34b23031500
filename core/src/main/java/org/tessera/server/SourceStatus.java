package org.tessera.server;

import java.time.Instant;
import org.tessera.store.SourceLedger.SourceHealth;

/**
 * A watched source as {@code GET /api/sources} shows it: times as ISO-8601 strings (null when
 * never), {@code failing} when its last poll failed.
 */
public record SourceStatus(String source, boolean failing, String lastSuccess, String lastError, String lastErrorAt, int failures,
                           String nextAttempt, long polls, long itemsSeen, long stored, long failed, long pending) {
    static SourceStatus of(SourceHealth h) {
        return new SourceStatus(h.source(), h.failures() > 0, iso(h.lastSuccess()), h.lastError(),
                iso(h.lastErrorAt()), h.failures(), iso(h.nextAttempt()), h.polls(), h.itemsSeen(), h.stored(), h.failed(), h.pending());
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
