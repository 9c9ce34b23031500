package org.tessera.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer's one connection, in manual-commit mode, with every statement prepared once on it,
 * and the next free article and event ids. Preparing a statement costs DuckDB more than the
 * inserts themselves, hence the cache. The ids are read from the tables when the connection opens
 * and handed out in memory after that: after a failure the connection is dropped, and the next one
 * reads the ids again, so the ids the failed document took are given out again.
 */
final class WriterConnection implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<RowBinder<?>, RowBinder.Insert<?>> inserts = new HashMap<>();
    private long nextArticle;
    private long nextEvent;

    private WriterConnection(Connection connection) {
        this.connection = connection;
    }

    static WriterConnection open(EventStore store) throws SQLException {
        Connection c = store.connection();
        try {
            c.setAutoCommit(false);
            WriterConnection w = new WriterConnection(c);
            w.nextArticle = nextId(c, "SELECT coalesce(max(article_id), 0) + 1 FROM articles");
            w.nextEvent = nextId(c, "SELECT coalesce(max(event_id), 0) + 1 FROM events");
            // The reads above opened a transaction; end it so the first document sees fresh data.
            c.commit();
            return w;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static long nextId(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long takeArticleId() {
        return nextArticle++;
    }

    long takeEventId() {
        return nextEvent++;
    }

    /** The statement for {@code sql} (a constant of the caller's), prepared on first use. */
    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** The INSERT of {@code binder}'s table, prepared on first use. */
    @SuppressWarnings("unchecked")
    <R> RowBinder.Insert<R> insert(RowBinder<R> binder) throws SQLException {
        RowBinder.Insert<R> in = (RowBinder.Insert<R>) inserts.get(binder);
        if (in == null) {
            in = new RowBinder.Insert<>(binder, this::statement);
            inserts.put(binder, in);
        }
        return in;
    }

    void commit() throws SQLException {
        connection.commit();
    }

    /** Rolls back what the current document wrote, then closes. */
    void rollbackAndClose() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is being dropped anyway; closing it below rolls back what is left.
        }
        close();
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // Closing the connection below releases it too.
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing more can be done with a connection that will not close; it is dropped.
        }
    }
}
