package org.tessera.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables. Ids are assigned by the one writer in commit order, so a resumed ingest gives
 * the same ids as an uninterrupted one. A story is a group of near-duplicate articles; its id is
 * the id of its first article, and only that article's events are stored as events: every article
 * of the story adds one mention per event instead.
 */
final class Schema {
    static final int VERSION = 3;

    /**
     * What takes a store from version {@code i + 1} to {@code i + 2}, applied in order on open.
     * Columns are added, never rewritten, so a store written by an older Tessera keeps opening and
     * its rows keep their values; an added column is NULL in the rows stored before it.
     */
    private static final String[][] MIGRATIONS = {
        // 1 -> 2: each article's tone (org.tessera.tone): its words and its positive and negative hits.
        {
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS tone_words INTEGER",
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS tone_positive INTEGER",
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS tone_negative INTEGER",
        },
        // 2 -> 3: events read from GDELT 2.0 files (tessera import). Each has an ordinary events row
        // (article 0: it came from no article of ours) and here its raw row, kept byte for byte so that
        // an export writes it back unchanged, keyed by a hash of those bytes so that importing a file
        // again, or resuming an interrupted import, adds nothing twice. A mention is tied to the event
        // with its GLOBALEVENTID when that event was imported (else event_id is NULL and it is kept).
        {
            """
            CREATE TABLE IF NOT EXISTS imported_events(
              event_id BIGINT PRIMARY KEY, import_key VARCHAR NOT NULL, gdelt_id BIGINT NOT NULL, file VARCHAR NOT NULL,
              line BIGINT NOT NULL, num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
              raw VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS imported_events_key ON imported_events(import_key)",
            "CREATE INDEX IF NOT EXISTS imported_events_gdelt ON imported_events(gdelt_id)",
            """
            CREATE TABLE IF NOT EXISTS imported_mentions(
              mention_no BIGINT PRIMARY KEY, import_key VARCHAR NOT NULL, event_id BIGINT, gdelt_id BIGINT NOT NULL,
              file VARCHAR NOT NULL, line BIGINT NOT NULL, raw VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS imported_mentions_key ON imported_mentions(import_key)",
        },
    };

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS meta(key VARCHAR PRIMARY KEY, value VARCHAR)",
        """
        CREATE TABLE IF NOT EXISTS documents(
          doc_key VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, origin VARCHAR,
          error VARCHAR, article_count INTEGER NOT NULL, added_at TIMESTAMP NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS articles(
          article_id BIGINT PRIMARY KEY, doc_key VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, article_index INTEGER NOT NULL,
          story_id BIGINT NOT NULL, similarity DOUBLE, title VARCHAR, url VARCHAR, site VARCHAR,
          pub_date DATE, pub_date_text VARCHAR, language VARCHAR, text_offset INTEGER, text VARCHAR,
          skipped VARCHAR, minhash BLOB, added_at TIMESTAMP NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS sentences(
          article_id BIGINT NOT NULL, sentence_index INTEGER NOT NULL, begin_offset INTEGER, end_offset INTEGER,
          text VARCHAR, PRIMARY KEY(article_id, sentence_index))""",
        """
        CREATE TABLE IF NOT EXISTS events(
          event_id BIGINT PRIMARY KEY, article_id BIGINT NOT NULL, story_id BIGINT NOT NULL, sentence_index INTEGER,
          doc_id VARCHAR NOT NULL, article_index INTEGER NOT NULL, sentence VARCHAR, span_start INTEGER, span_end INTEGER,
          event_date DATE, date_text VARCHAR, date_source VARCHAR,
          source_text VARCHAR, source_name VARCHAR, source_country VARCHAR, source_role VARCHAR, source_code VARCHAR, source_rule VARCHAR,
          target_text VARCHAR, target_name VARCHAR, target_country VARCHAR, target_role VARCHAR, target_code VARCHAR, target_rule VARCHAR,
          cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, quad INTEGER NOT NULL, goldstein DOUBLE NOT NULL,
          action_text VARCHAR, cameo_name VARCHAR, modality VARCHAR NOT NULL,
          location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE, location_feature_id BIGINT,
          confidence DOUBLE, evidence VARCHAR, title VARCHAR, url VARCHAR, language VARCHAR,
          document_date VARCHAR, document_date_source VARCHAR, json VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS mentions(
          event_id BIGINT NOT NULL, article_id BIGINT NOT NULL, sentence_index INTEGER, span_start INTEGER, span_end INTEGER,
          site VARCHAR NOT NULL, url VARCHAR, doc_id VARCHAR NOT NULL, doc_length INTEGER, confidence DOUBLE,
          added_at TIMESTAMP NOT NULL, PRIMARY KEY(event_id, article_id))""",
        // The watcher's ledger (org.tessera.watch): per source its validators, health and back-off; per
        // feed item what became of it; per drop-in file the version last stored. An item is recorded
        // before the feed's new validators, in one transaction, so no item is lost to a 304.
        """
        CREATE TABLE IF NOT EXISTS watch_sources(
          source VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, last_success TIMESTAMP,
          last_error VARCHAR, last_error_at TIMESTAMP, failures INTEGER NOT NULL, next_attempt TIMESTAMP,
          polls BIGINT NOT NULL, items_seen BIGINT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS watch_items(
          url VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, title VARCHAR, item_date TIMESTAMP, first_seen TIMESTAMP NOT NULL,
          state VARCHAR NOT NULL, attempts INTEGER NOT NULL, last_error VARCHAR, next_attempt TIMESTAMP, done_at TIMESTAMP)""",
        """
        CREATE TABLE IF NOT EXISTS watch_files(
          path VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, modified TIMESTAMP NOT NULL, size BIGINT NOT NULL,
          stored_at TIMESTAMP NOT NULL)""",
        "CREATE TABLE IF NOT EXISTS lsh(band_key BIGINT NOT NULL, article_id BIGINT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS lsh_key ON lsh(band_key)",
        """
        CREATE OR REPLACE VIEW event_counts AS
          SELECT event_id, count(*) AS num_mentions, count(DISTINCT site) AS num_sources,
                 count(DISTINCT article_id) AS num_articles
          FROM mentions GROUP BY event_id""",
    };

    private Schema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) s.execute(ddl);
            int stored = storedVersion(s);
            if (stored > VERSION)
                throw new SQLException("the store has schema version " + stored + ", newer than this Tessera's " + VERSION
                        + "; open it with a newer Tessera");
            if (stored == VERSION) return;
            // A fresh store (no version yet) was just created at version 1's tables.
            for (int v = Math.max(stored, 1); v < VERSION; v++)
                for (String step : MIGRATIONS[v - 1]) s.execute(step);
        }
        try (var ps = c.prepareStatement("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO UPDATE SET value = excluded.value")) {
            ps.setString(1, Integer.toString(VERSION));
            ps.executeUpdate();
        }
    }

    /** The version the store was last opened at, 0 when it has none (a store being created). */
    private static int storedVersion(Statement s) throws SQLException {
        try (var rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            if (!rs.next()) return 0;
            try {
                return Integer.parseInt(rs.getString(1).trim());
            } catch (NumberFormatException e) {
                throw new SQLException("meta.schema_version is '" + rs.getString(1) + "', not a number");
            }
        }
    }
}
