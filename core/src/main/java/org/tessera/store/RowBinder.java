package org.tessera.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The named columns of one table's INSERT, each with how its value is read from a row value of
 * type {@code R}. The SQL names the columns it fills and the binding follows the same list, so a
 * column is added in one line and a parameter can never land in its neighbour's column.
 */
final class RowBinder<R> {
    /** Binds one column's value of {@code row} as parameter {@code index}. */
    interface Setter<R> {
        void set(PreparedStatement ps, int index, R row) throws SQLException;
    }

    private record Column<R>(String name, Setter<R> setter) {
    }

    private final String table;
    private final List<Column<R>> columns;

    private RowBinder(String table, List<Column<R>> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    static <R> Builder<R> into(String table) {
        return new Builder<>(table);
    }

    String table() {
        return table;
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    String sql() {
        return sql(1);
    }

    /** One INSERT of {@code rows} rows: DuckDB spends far more on executing a statement than on a row of it. */
    String sql(int rows) {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columnNames()) + ") VALUES " + String.join(", ", Collections.nCopies(rows, tuple));
    }

    void bind(PreparedStatement ps, R row) throws SQLException {
        bind(ps, 0, row);
    }

    /** Binds {@code row} as the tuple after the first {@code offset} parameters. */
    private void bind(PreparedStatement ps, int offset, R row) throws SQLException {
        for (int i = 0; i < columns.size(); i++) columns.get(i).setter().set(ps, offset + i + 1, row);
    }

    /** Where an {@link Insert} gets the statement for a SQL text (prepared once per text). */
    interface Statements {
        PreparedStatement get(String sql) throws SQLException;
    }

    /**
     * The INSERT of this table's rows: one at a time, or gathered by {@link #add} and written by
     * {@link #executeBatch} as multi-row INSERTs of at most {@value #MAX_ROWS} rows each.
     */
    static final class Insert<R> {
        static final int MAX_ROWS = 64;
        private final RowBinder<R> binder;
        private final Statements statements;
        private final List<R> pending = new ArrayList<>();

        Insert(RowBinder<R> binder, Statements statements) {
            this.binder = binder;
            this.statements = statements;
        }

        void insert(R row) throws SQLException {
            PreparedStatement ps = statements.get(binder.sql(1));
            binder.bind(ps, row);
            ps.executeUpdate();
        }

        void add(R row) {
            pending.add(row);
        }

        void executeBatch() throws SQLException {
            try {
                int width = binder.columns.size();
                for (int from = 0; from < pending.size(); from += MAX_ROWS) {
                    int n = Math.min(MAX_ROWS, pending.size() - from);
                    PreparedStatement ps = statements.get(binder.sql(n));
                    for (int i = 0; i < n; i++) binder.bind(ps, i * width, pending.get(from + i));
                    ps.executeUpdate();
                }
            } finally {
                pending.clear();
            }
        }
    }

    /** Columns in the order given; names are constants of ours, never user text. */
    static final class Builder<R> {
        private final String table;
        private final List<Column<R>> columns = new ArrayList<>();

        private Builder(String table) {
            this.table = table;
        }

        Builder<R> column(String name, Setter<R> setter) {
            if (!name.matches("[a-z_]+")) throw new IllegalArgumentException("not a column name: " + name);
            if (columns.stream().anyMatch(c -> c.name().equals(name))) throw new IllegalArgumentException("column twice: " + name);
            columns.add(new Column<>(name, setter));
            return this;
        }

        Builder<R> text(String name, Function<R, String> value) {
            return column(name, (ps, i, r) -> ps.setString(i, value.apply(r)));
        }

        Builder<R> integer(String name, ToIntFunction<R> value) {
            return column(name, (ps, i, r) -> ps.setInt(i, value.applyAsInt(r)));
        }

        Builder<R> bigint(String name, ToLongFunction<R> value) {
            return column(name, (ps, i, r) -> ps.setLong(i, value.applyAsLong(r)));
        }

        Builder<R> real(String name, ToDoubleFunction<R> value) {
            return column(name, (ps, i, r) -> ps.setDouble(i, value.applyAsDouble(r)));
        }

        /** A value that may be null: a {@link java.sql.Date}, a boxed number. */
        Builder<R> nullable(String name, Function<R, Object> value) {
            return column(name, (ps, i, r) -> ps.setObject(i, value.apply(r)));
        }

        Builder<R> timestamp(String name, Function<R, Timestamp> value) {
            return column(name, (ps, i, r) -> ps.setTimestamp(i, value.apply(r)));
        }

        Builder<R> blob(String name, Function<R, byte[]> value) {
            return column(name, (ps, i, r) -> {
                byte[] b = value.apply(r);
                if (b == null) ps.setNull(i, Types.BLOB);
                else ps.setBytes(i, b);
            });
        }

        /** Adds a group of columns defined elsewhere (an actor's six, say). */
        Builder<R> with(Consumer<Builder<R>> group) {
            group.accept(this);
            return this;
        }

        RowBinder<R> build() {
            return new RowBinder<>(table, columns);
        }
    }
}
