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
        return "INSERT INTO " + table + " (" + String.join(", ", columnNames()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    void bind(PreparedStatement ps, R row) throws SQLException {
        for (int i = 0; i < columns.size(); i++) columns.get(i).setter().set(ps, i + 1, row);
    }

    /** A prepared INSERT of this table's rows, one at a time or in batches. */
    record Insert<R>(RowBinder<R> binder, PreparedStatement statement) {
        void insert(R row) throws SQLException {
            binder.bind(statement, row);
            statement.executeUpdate();
        }

        void add(R row) throws SQLException {
            binder.bind(statement, row);
            statement.addBatch();
        }

        void executeBatch() throws SQLException {
            statement.executeBatch();
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
