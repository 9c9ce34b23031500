package org.tessera.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.tessera.cameo.PloverCrosswalk;
import org.tessera.cameo.PloverReading;
import org.tessera.model.Modality;
import java.util.ArrayList;
import java.util.List;
import org.tessera.tone.DocumentTone;
import org.tessera.tone.ToneScorer;

/**
 * Writes the whole store out: GDELT 2.0 tables, contract JSON Lines, flat CSV, Parquet in the
 * contract's nested layout, or PLOVER records in POLECAT's style. Rows stream from the database in event-id order, so exports of any
 * size run in constant memory. CSV and Parquet are written by DuckDB's {@code COPY} into a temporary
 * file of our own naming, then moved or copied to the user's destination: the user's path never
 * enters SQL.
 */
public final class Exporter {
    private final EventStore store;
    private final PloverCrosswalk plover;

    public Exporter(EventStore store) {
        this(store, PloverCrosswalk.load());
    }

    public Exporter(EventStore store, PloverCrosswalk plover) {
        this.store = store;
        this.plover = plover;
    }

    /**
     * Writes {@code events.tsv} and {@code mentions.tsv} into {@code dir}; returns the number of events.
     * An imported event and its mentions are written as they were read, byte for byte, so an export
     * imported into another store exports again to the same bytes; mentions imported without their
     * event come last, in the order they were read.
     */
    public long gdelt(Path dir) throws IOException {
        Files.createDirectories(dir);
        GdeltFormat format = new GdeltFormat(FipsCodes.bundled());
        long n = 0;
        try (Connection ce = store.connection(); Connection cm = store.connection(); Connection ci = store.connection();
             PreparedStatement pe = ce.prepareStatement(EventStore.STORED_EVENT_SELECT + " ORDER BY e.event_id");
             PreparedStatement pm = cm.prepareStatement(MENTION_SELECT + " ORDER BY m.event_id, article_id");
             PreparedStatement pi = ci.prepareStatement(IMPORTED_MENTIONS + " ORDER BY event_id NULLS LAST, mention_no");
             ResultSet re = pe.executeQuery(); ResultSet rm = pm.executeQuery(); ResultSet ri = pi.executeQuery();
             Writer events = writer(Files.newOutputStream(dir.resolve("events.tsv")));
             Writer mentions = writer(Files.newOutputStream(dir.resolve("mentions.tsv")))) {
            boolean more = rm.next();
            boolean moreImported = ri.next();
            List<StoredMention> own = new ArrayList<>();
            while (re.next()) {
                StoredEvent s = store.storedEvent(re);
                String raw = re.getString(10);
                if (raw != null) {
                    line(events, raw);
                    n++;
                    while (moreImported && ri.getObject(1) != null && ri.getLong(1) <= s.id()) {
                        if (ri.getLong(1) == s.id()) line(mentions, ri.getString(2));
                        moreImported = ri.next();
                    }
                    continue;
                }
                // An event's row needs its mentions (AvgTone averages their documents' tone), so they are read first.
                own.clear();
                while (more && rm.getLong(1) <= s.id()) {
                    if (rm.getLong(1) == s.id()) own.add(mention(rm));
                    more = rm.next();
                }
                line(events, format.eventLine(s, own));
                n++;
                for (StoredMention m : own) line(mentions, format.mentionLine(s, m));
            }
            for (; moreImported; moreImported = ri.next())
                if (ri.getObject(1) == null) line(mentions, ri.getString(2));
        } catch (SQLException e) {
            throw new StoreException("export: " + e.getMessage(), e);
        }
        return n;
    }

    /** Imported mention rows, by the id of the event they were tied to on import (NULL: none). */
    private static final String IMPORTED_MENTIONS = "SELECT event_id, raw FROM imported_mentions";

    private static void line(Writer w, String row) throws IOException {
        w.write(row);
        w.write('\n');
    }

    /** The contract's JSON lines, one per event, in id order; returns the number written. */
    public long jsonl(OutputStream out) throws IOException {
        Writer w = writer(out);
        long n = 0;
        try (Connection c = store.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT json FROM events ORDER BY event_id")) {
            while (rs.next()) {
                w.write(rs.getString(1));
                w.write('\n');
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("export: " + e.getMessage(), e);
        }
        w.flush();
        return n;
    }

    /**
     * PLOVER records, one JSON object a line in POLECAT's field names (see {@link PloverFormat}), in id
     * order; events PLOVER does not code (statements, appeals) and negated events are left out.
     * Returns the number written.
     */
    public long plover(OutputStream out) throws IOException {
        Writer w = writer(out);
        PloverFormat format = new PloverFormat(plover);
        long n = 0;
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(EventStore.STORED_EVENT_SELECT + " ORDER BY e.event_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                var line = format.line(store.storedEvent(rs));
                if (line.isEmpty()) continue;
                w.write(line.get());
                w.write('\n');
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("export: " + e.getMessage(), e);
        }
        w.flush();
        return n;
    }

    /** One flat CSV row per event with a header, counts included. */
    public void csv(OutputStream out) throws IOException {
        copy("(FORMAT CSV, HEADER)", FLAT_SELECT, out);
    }

    /** Parquet in the contract's field layout (nested source/target/event/plover/location), counts added. */
    public void parquet(Path file) throws IOException {
        Path tmp = copyToTemp("(FORMAT PARQUET)", NESTED_SELECT);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private void copy(String options, String select, OutputStream out) throws IOException {
        Path tmp = copyToTemp(options, select);
        try {
            Files.copy(tmp, out);
            out.flush();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Path copyToTemp(String options, String select) throws IOException {
        Path tmp = Files.createTempFile("tessera-export-", ".tmp");
        String path = tmp.toAbsolutePath().toString();
        if (path.contains("'")) throw new IOException("temporary folder path has a quote: " + path);
        try (Connection c = store.connection(); Statement s = c.createStatement()) {
            if (select.contains(PLOVER_TABLE)) fillPloverTable(c);
            s.execute("COPY (" + select + ") TO '" + path + "' " + options);
        } catch (SQLException e) {
            Files.deleteIfExists(tmp);
            throw new StoreException("export: " + e.getMessage(), e);
        }
        return tmp;
    }

    private static final String PLOVER_TABLE = "plover_readings";

    /**
     * The crosswalk's reading of every (code, modality) pair as a temporary table of this connection,
     * so SQL joins what {@link PloverCrosswalk} decides instead of repeating its rule.
     */
    private void fillPloverTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE " + PLOVER_TABLE
                    + "(cameo VARCHAR, modality VARCHAR, type VARCHAR, mode VARCHAR, context VARCHAR)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + PLOVER_TABLE + " VALUES (?, ?, ?, ?, ?)")) {
            for (PloverCrosswalk.Entry e : plover.entries().values()) {
                if (!e.mapped()) continue;
                for (Modality m : Modality.values()) {
                    PloverReading r = plover.reading(e.code(), m).orElseThrow();
                    ps.setString(1, e.code());
                    ps.setString(2, m.json());
                    ps.setString(3, r.type().name());
                    ps.setString(4, r.mode());
                    ps.setString(5, String.join("|", r.contexts()));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * Mentions with their article's tone; an article stored before tone was (schema version 1)
     * has none, so its text comes along and the tone is computed from it as it is read.
     */
    static final String MENTION_SELECT = """
            SELECT m.event_id, article_id, m.sentence_index, m.span_start, m.span_end, m.site, m.url, m.doc_id, m.doc_length,
                   m.confidence, m.added_at, a.tone_words, a.tone_positive, a.tone_negative,
                   CASE WHEN a.tone_words IS NULL THEN coalesce(a.text, '') END
            FROM mentions m LEFT JOIN articles a USING (article_id)""";

    static StoredMention mention(ResultSet rs) throws SQLException {
        int words = rs.getInt(12);
        DocumentTone tone = rs.wasNull() ? ToneScorer.afinn165().score(rs.getString(15))
                : new DocumentTone(words, rs.getInt(13), rs.getInt(14));
        return new StoredMention(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getInt(9), rs.getDouble(10), rs.getTimestamp(11).toInstant(), tone);
    }

    private static final String COUNTS_FROM = """
            FROM events e LEFT JOIN (SELECT event_id, count(*) AS num_mentions, count(DISTINCT site) AS num_sources,
                                            count(DISTINCT article_id) AS num_articles
                                     FROM mentions GROUP BY event_id) c ON c.event_id = e.event_id
            """;

    private static final String COUNTS_JOIN = COUNTS_FROM + "ORDER BY e.event_id";

    private static final String FLAT_SELECT = """
            SELECT e.event_id, e.doc_id AS doc, e.article_index AS article, e.sentence_index, e.span_start, e.span_end,
                   e.date_text AS date, e.date_source, e.source_code, e.source_country, e.source_role, e.source_name, e.source_text,
                   e.target_code, e.target_country, e.target_role, e.target_name, e.target_text,
                   e.cameo, e.root, e.quad, e.goldstein, e.action_text, e.cameo_name, e.modality,
                   e.location_name, e.location_country, e.location_lat, e.location_lon, e.confidence,
                   coalesce(c.num_mentions, 0) AS num_mentions, coalesce(c.num_sources, 0) AS num_sources,
                   coalesce(c.num_articles, 0) AS num_articles, e.story_id, e.title, e.url, e.sentence, e.evidence
            """ + COUNTS_JOIN;

    /** An actor's place as the JSON line holds it (kept there, not in columns), as a Parquet struct. */
    private static final String PLACE = "{\"name\":\"VARCHAR\",\"country\":\"VARCHAR\",\"lat\":\"DOUBLE\",\"lon\":\"DOUBLE\","
            + "\"feature_id\":\"BIGINT\",\"admin1\":\"VARCHAR\",\"type\":\"INTEGER\"}";

    private static final String NESTED_SELECT = ("""
            SELECT e.doc_id AS doc, e.article_index AS article, e.sentence, [e.span_start, e.span_end] AS span,
                   e.date_text AS date, e.date_source,
                   {'text': e.source_text, 'name': e.source_name, 'country': e.source_country, 'role': e.source_role,
                    'code': e.source_code, 'rule': e.source_rule,
                    'place': json_transform(json_extract(e.json, '$.source.place'), '@PLACE@')} AS source,
                   CASE WHEN e.target_country IS NULL THEN NULL ELSE
                   {'text': e.target_text, 'name': e.target_name, 'country': e.target_country, 'role': e.target_role,
                    'code': e.target_code, 'rule': e.target_rule,
                    'place': json_transform(json_extract(e.json, '$.target.place'), '@PLACE@')} END AS target,
                   {'cameo': e.cameo, 'root': e.root, 'quad': e.quad, 'goldstein': e.goldstein, 'text': e.action_text,
                    'name': e.cameo_name} AS event,
                   e.modality,
                   CASE WHEN p.type IS NULL THEN NULL ELSE
                   {'type': p.type, 'mode': p.mode,
                    'context': CASE WHEN p.context = '' THEN []::VARCHAR[] ELSE string_split(p.context, '|') END} END AS plover,
                   CASE WHEN e.location_name IS NULL THEN NULL ELSE
                   {'name': e.location_name, 'country': e.location_country, 'lat': e.location_lat, 'lon': e.location_lon,
                    'feature_id': e.location_feature_id, 'admin1': json_extract_string(e.json, '$.location.admin1'),
                    'type': CAST(json_extract(e.json, '$.location.type') AS INTEGER)} END AS location,
                   e.confidence, e.evidence, e.title, e.url, e.language, e.document_date, e.document_date_source,
                   e.event_id, e.story_id, coalesce(c.num_mentions, 0) AS num_mentions,
                   coalesce(c.num_sources, 0) AS num_sources, coalesce(c.num_articles, 0) AS num_articles
            """ + COUNTS_FROM + "LEFT JOIN " + PLOVER_TABLE + " p ON p.cameo = e.cameo AND p.modality = e.modality ORDER BY e.event_id").replace("@PLACE@", PLACE);

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
