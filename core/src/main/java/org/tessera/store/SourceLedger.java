package org.tessera.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the watcher ({@code org.tessera.watch}) has seen, fetched and stored, kept in the store's
 * own database so that a watch killed at any moment resumes where it was: a feed's new items are
 * recorded as pending in the same transaction as the feed's new validators (ETag, Last-Modified),
 * so a later 304 can never hide an item that was not yet fetched; an item counts as stored once a
 * document with its URL as id is in {@code documents}, which the store writer commits atomically,
 * so a kill between the two never codes an article twice.
 *
 * <p>One connection of its own, serialised by this object; it touches only the {@code watch_*}
 * tables (and reads {@code documents}), so it never conflicts with the store writer's transactions.
 */
public final class SourceLedger implements AutoCloseable {
    public static final String PENDING = "pending";
    public static final String STORED = "stored";
    public static final String FAILED = "failed";

    private final EventStore store;
    private final Connection connection;

    public SourceLedger(EventStore store) {
        this.store = Objects.requireNonNull(store);
        this.connection = store.connection();
    }

    /** A feed's validators for a conditional request; both may be null. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** An item a feed or sitemap lists. {@code date} may be null. */
    public record Item(String url, String title, Instant date) {
    }

    /** An item still to fetch and code. */
    public record PendingItem(String url, String source, String title, Instant date, int attempts) {
    }

    /** A drop-in file's version as last stored. */
    public record FileVersion(Instant modified, long size) {
    }

    /**
     * A source's health, for {@code GET /api/sources} and the dashboard. Times may be null;
     * {@code stored}, {@code failed}, {@code pending}: its items in each state (a folder's stored
     * files count as stored items).
     */
    public record SourceHealth(String source, Instant lastSuccess, String lastError, Instant lastErrorAt, int failures,
                               Instant nextAttempt, long polls, long itemsSeen, long stored, long failed, long pending) {
    }

    public synchronized Validators validators(String source) {
        List<Validators> v = query("SELECT etag, last_modified FROM watch_sources WHERE source = ?", ps -> ps.setString(1, source),
                rs -> new Validators(rs.getString(1), rs.getString(2)));
        return v.isEmpty() ? Validators.NONE : v.get(0);
    }

    /** Whether the source may be polled at {@code now} (it is not waiting out a back-off). */
    public synchronized boolean due(String source, Instant now) {
        List<Timestamp> next = query("SELECT next_attempt FROM watch_sources WHERE source = ?", ps -> ps.setString(1, source),
                rs -> rs.getTimestamp(1));
        return next.isEmpty() || next.get(0) == null || !next.get(0).toInstant().isAfter(now);
    }

    /**
     * Records a successful poll: the items not seen before become pending, and the validators
     * ({@code null}: keep the old ones, as after a 304) are saved with them in one transaction.
     * Returns how many items were new.
     */
    public synchronized int recordPoll(String source, Validators validators, List<Item> items, Instant now) {
        Timestamp at = Timestamp.from(now);
        try {
            connection.setAutoCommit(false);
            try {
                int added = 0;
                try (PreparedStatement ps = connection.prepareStatement("""
                        INSERT INTO watch_items(url, source, title, item_date, first_seen, state, attempts)
                        VALUES (?, ?, ?, ?, ?, 'pending', 0) ON CONFLICT DO NOTHING""")) {
                    for (Item i : items) {
                        ps.setString(1, i.url());
                        ps.setString(2, source);
                        ps.setString(3, i.title());
                        ps.setTimestamp(4, i.date() == null ? null : Timestamp.from(i.date()));
                        ps.setTimestamp(5, at);
                        added += ps.executeUpdate();
                    }
                }
                ensureSource(source);
                try (PreparedStatement ps = connection.prepareStatement("""
                        UPDATE watch_sources SET etag = CASE WHEN ? THEN ? ELSE etag END,
                          last_modified = CASE WHEN ? THEN ? ELSE last_modified END, last_success = ?, failures = 0,
                          next_attempt = NULL, polls = polls + 1, items_seen = items_seen + ? WHERE source = ?""")) {
                    boolean replace = validators != null;
                    ps.setBoolean(1, replace);
                    ps.setString(2, replace ? validators.etag() : null);
                    ps.setBoolean(3, replace);
                    ps.setString(4, replace ? validators.lastModified() : null);
                    ps.setTimestamp(5, at);
                    ps.setLong(6, added);
                    ps.setString(7, source);
                    ps.executeUpdate();
                }
                connection.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(source + ": cannot record the poll: " + e.getMessage(), e);
        }
    }

    /** Records a failed poll; the source is not polled again before {@code nextAttempt}. Returns its failures in a row. */
    public synchronized int sourceFailed(String source, String error, Instant nextAttempt, Instant now) {
        ensureSource(source);
        update("UPDATE watch_sources SET last_error = ?, last_error_at = ?, failures = failures + 1, next_attempt = ?, polls = polls + 1 "
                + "WHERE source = ?", ps -> {
            ps.setString(1, error);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(nextAttempt));
            ps.setString(4, source);
        });
        return failures(source);
    }

    /** How many times in a row the source has failed (0 after a success). */
    public synchronized int failures(String source) {
        List<Integer> f = query("SELECT failures FROM watch_sources WHERE source = ?", ps -> ps.setString(1, source), rs -> rs.getInt(1));
        return f.isEmpty() ? 0 : f.get(0);
    }

    /** Pending items due at {@code now}, oldest first. */
    public synchronized List<PendingItem> pending(Instant now, int limit) {
        return query("""
                SELECT url, source, title, item_date, attempts FROM watch_items
                WHERE state = 'pending' AND (next_attempt IS NULL OR next_attempt <= ?) ORDER BY first_seen, url LIMIT ?""", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setInt(2, limit);
        }, rs -> new PendingItem(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getInt(5)));
    }

    /**
     * Marks stored those of {@code urls} (one batch: a few dozen at most) that are pending and are a
     * stored document's id, and returns them; only they are looked up, so each batch costs the same
     * on any store.
     */
    public synchronized Set<String> markStored(List<String> urls, Instant now) {
        Set<String> marked = new HashSet<>();
        if (urls.isEmpty()) return marked;
        String marks = String.join(",", java.util.Collections.nCopies(urls.size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement("UPDATE watch_items SET state = 'stored', done_at = ?, last_error = NULL "
                + "WHERE state = 'pending' AND url IN (" + marks + ") AND url IN (SELECT doc_id FROM documents WHERE doc_id IN (" + marks
                + ")) RETURNING url")) {
            ps.setTimestamp(1, Timestamp.from(now));
            for (int i = 0; i < urls.size(); i++) {
                ps.setString(2 + i, urls.get(i));
                ps.setString(2 + urls.size() + i, urls.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) marked.add(rs.getString(1));
            }
            return marked;
        } catch (SQLException e) {
            throw new StoreException("watch ledger: " + e.getMessage(), e);
        }
    }

    /** Records a failed fetch: the item is tried again after {@code nextAttempt}, or never when {@code giveUp}. */
    public synchronized void itemFailed(String url, String error, Instant nextAttempt, boolean giveUp) {
        update("UPDATE watch_items SET attempts = attempts + 1, last_error = ?, next_attempt = ?, state = ? WHERE url = ?", ps -> {
            ps.setString(1, error);
            ps.setTimestamp(2, Timestamp.from(nextAttempt));
            ps.setString(3, giveUp ? FAILED : PENDING);
            ps.setString(4, url);
        });
    }

    /** The state of an item ({@link #PENDING}, {@link #STORED}, {@link #FAILED}), or null if never seen. */
    public synchronized String state(String url) {
        List<String> s = query("SELECT state FROM watch_items WHERE url = ?", ps -> ps.setString(1, url), rs -> rs.getString(1));
        return s.isEmpty() ? null : s.get(0);
    }

    /** The versions of a drop-in folder's files last stored, by path. */
    public synchronized Map<String, FileVersion> files(String source) {
        Map<String, FileVersion> out = new HashMap<>();
        for (Object[] row : query("SELECT path, modified, size FROM watch_files WHERE source = ?", ps -> ps.setString(1, source),
                rs -> new Object[] {rs.getString(1), new FileVersion(rs.getTimestamp(2).toInstant(), rs.getLong(3))}))
            out.put((String) row[0], (FileVersion) row[1]);
        return out;
    }

    public synchronized void fileStored(String source, String path, FileVersion version, Instant now) {
        update("""
                INSERT INTO watch_files VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (path) DO UPDATE SET modified = excluded.modified, size = excluded.size, stored_at = excluded.stored_at""", ps -> {
            ps.setString(1, path);
            ps.setString(2, source);
            ps.setTimestamp(3, Timestamp.from(version.modified()));
            ps.setLong(4, version.size());
            ps.setTimestamp(5, Timestamp.from(now));
        });
    }

    /** Every source polled so far, by name. */
    public List<SourceHealth> sources() {
        return sources(store);
    }

    /** Every source a watch of this store has polled, by name (for readers such as the server, which hold no ledger). */
    public static List<SourceHealth> sources(EventStore store) {
        return store.query("watch sources", """
                SELECT s.source, s.last_success, s.last_error, s.last_error_at, s.failures, s.next_attempt, s.polls, s.items_seen,
                       (SELECT count(*) FROM watch_items i WHERE i.source = s.source AND i.state = 'stored')
                         + (SELECT count(*) FROM watch_files f WHERE f.source = s.source),
                       (SELECT count(*) FROM watch_items i WHERE i.source = s.source AND i.state = 'failed'),
                       (SELECT count(*) FROM watch_items i WHERE i.source = s.source AND i.state = 'pending')
                FROM watch_sources s ORDER BY s.source""", ps -> {
        }, rs -> new SourceHealth(rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3), instant(rs.getTimestamp(4)),
                rs.getInt(5), instant(rs.getTimestamp(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)));
    }

    private void ensureSource(String source) {
        update("INSERT INTO watch_sources(source, failures, polls, items_seen) VALUES (?, 0, 0, 0) ON CONFLICT DO NOTHING",
                ps -> ps.setString(1, source));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private int update(String sql, EventStore.Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("watch ledger: " + e.getMessage(), e);
        }
    }

    /** Reads go through the store's own query path (a fresh connection each, seeing committed data). */
    private <T> List<T> query(String sql, EventStore.Binder binder, EventStore.RowReader<T> reader) {
        return store.query("watch ledger", sql, binder, reader);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // The store closes its database after this; nothing is left uncommitted here.
        }
    }
}
