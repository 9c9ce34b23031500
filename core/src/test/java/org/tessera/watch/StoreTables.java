package org.tessera.watch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A closed store's tables with plain SQL, to check what a watch left there (its own process may be gone). */
final class StoreTables {
    private StoreTables() {
    }

    /** The rows of {@code sql}, each as its columns' string values. */
    static List<List<String>> rows(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.resolve("events.duckdb").toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                out.add(row);
            }
            return out;
        }
    }

    /** Runs an update on a closed store (to leave it as a kill at a chosen moment would); returns the rows changed. */
    static int update(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.resolve("events.duckdb").toAbsolutePath());
             Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** The one column of {@code sql}. */
    static List<String> column(Path db, String sql) throws SQLException {
        return rows(db, sql).stream().map(r -> r.get(0)).toList();
    }
}
