package org.tessera.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a closed event store's tables straight through DuckDB's JDBC driver, read-only, to compare stores row by row. */
final class StoreRows {
    static final String DOCS = "SELECT doc_key, doc_id, content_hash, error, article_count FROM documents ORDER BY doc_key";
    static final String ARTICLES = "SELECT article_id, doc_key, article_index, story_id, title, text, skipped FROM articles ORDER BY article_id";
    static final String EVENTS = "SELECT event_id, article_id, story_id, sentence_index, json FROM events ORDER BY event_id";
    static final String MENTIONS = "SELECT event_id, article_id, sentence_index, site FROM mentions ORDER BY event_id, article_id";

    private StoreRows() {
    }

    static List<String> rows(Path store, String sql) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("events.duckdb"), p);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(rs.getString(i)).append('|');
                out.add(b.toString());
            }
            return out;
        }
    }

    /** Mentions (event sightings) per document id, for documents whose id contains {@code part}. */
    static long mentionsOf(Path store, String part) throws SQLException {
        return rows(store, "SELECT count(*) FROM mentions WHERE doc_id LIKE '%" + part.replace("'", "''") + "%'").stream()
                .mapToLong(r -> Long.parseLong(r.replace("|", ""))).sum();
    }
}
