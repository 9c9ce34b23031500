package org.tessera.store;

import java.time.LocalDate;
import java.util.Set;
import org.tessera.model.Modality;

/**
 * A filter over stored events; null or empty fields do not filter. Actor fields match either the
 * actor's country ("RUS") or its full code ("RUSGOV").
 *
 * @param actor      either side is this actor
 * @param source     the source is this actor
 * @param target     the target is this actor
 * @param from       event date on or after (inclusive)
 * @param to         event date on or before (inclusive)
 * @param quad       quad class 1..4, 0 for any
 * @param codePrefix CAMEO code starts with this ("04", "042")
 * @param modalities allowed modalities; empty for all
 * @param limit      at most this many, newest first ({@code <= 0}: 1000)
 * @param offset     skip this many first, for paging
 * @param origin     coded by Tessera, imported from GDELT files, or both
 */
public record EventQuery(String actor, String source, String target, LocalDate from, LocalDate to, int quad,
                         String codePrefix, Set<Modality> modalities, int limit, int offset, Origin origin) {
    public EventQuery {
        origin = origin == null ? Origin.ALL : origin;
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        if (quad < 0 || quad > 4) throw new IllegalArgumentException("quad class must be 1..4 (or 0 for any)");
        if (codePrefix != null && !codePrefix.isEmpty() && !codePrefix.matches("\\d{1,4}"))
            throw new IllegalArgumentException("not a CAMEO code: " + codePrefix);
        limit = limit <= 0 ? 1000 : limit;
        offset = Math.max(0, offset);
    }

    /** A filter over events of every origin. */
    public EventQuery(String actor, String source, String target, LocalDate from, LocalDate to, int quad,
                      String codePrefix, Set<Modality> modalities, int limit, int offset) {
        this(actor, source, target, from, to, quad, codePrefix, modalities, limit, offset, Origin.ALL);
    }

    public EventQuery withOrigin(Origin o) {
        return new EventQuery(actor, source, target, from, to, quad, codePrefix, modalities, limit, offset, o);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, 0, null, Set.of(), 0, 0, Origin.ALL);
    }

    public EventQuery withActor(String a) {
        return new EventQuery(a, source, target, from, to, quad, codePrefix, modalities, limit, offset, origin);
    }

    public EventQuery withDyad(String s, String t) {
        return new EventQuery(actor, s, t, from, to, quad, codePrefix, modalities, limit, offset, origin);
    }

    public EventQuery withPeriod(LocalDate f, LocalDate t) {
        return new EventQuery(actor, source, target, f, t, quad, codePrefix, modalities, limit, offset, origin);
    }

    public EventQuery withCode(String prefix) {
        return new EventQuery(actor, source, target, from, to, quad, prefix, modalities, limit, offset, origin);
    }

    public EventQuery withQuad(int q) {
        return new EventQuery(actor, source, target, from, to, q, codePrefix, modalities, limit, offset, origin);
    }

    public EventQuery withModalities(Set<Modality> m) {
        return new EventQuery(actor, source, target, from, to, quad, codePrefix, m, limit, offset, origin);
    }

    public EventQuery withLimit(int n, int skip) {
        return new EventQuery(actor, source, target, from, to, quad, codePrefix, modalities, n, skip, origin);
    }

    /** True when the event passes this filter (used by search on the events of a hit). */
    boolean accepts(StoredEvent s) {
        var e = s.event();
        if (!matches(actor, e.source()) && !matches(actor, e.target())) return false;
        if (!matches(source, e.source()) || !matches(target, e.target())) return false;
        if (quad != 0 && e.action().code().quad() != quad) return false;
        if (codePrefix != null && !codePrefix.isEmpty() && !e.action().code().code().startsWith(codePrefix)) return false;
        if (!modalities.isEmpty() && !modalities.contains(e.modality())) return false;
        LocalDate d = e.date() == null ? null : e.date().start();
        if (from != null && (d == null || d.isBefore(from))) return false;
        return to == null || (d != null && !d.isAfter(to));
    }

    private static boolean matches(String want, org.tessera.model.Actor a) {
        if (want == null || want.isEmpty()) return true;
        return a != null && (want.equals(a.country()) || want.equals(a.code()));
    }
}
