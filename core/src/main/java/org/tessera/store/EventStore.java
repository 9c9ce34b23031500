package org.tessera.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import org.tessera.json.EventJson;
import org.tessera.model.Modality;
import org.tessera.pipeline.CodedArticles;
import org.tessera.pipeline.CopyOf;

/**
 * The event store: one DuckDB database ({@code DIR/events.duckdb}) and one Lucene index
 * ({@code DIR/lucene}) in a folder. This is the query API the CLI and the REST server call.
 *
 * <p>Thread-safety: every read takes its own DuckDB connection (a cheap duplicate of the store's
 * one database instance), so readers run concurrently and see committed data only while the single
 * {@link StoreWriter} commits a document at a time. DuckDB lets one process open a database file,
 * so one process holds the store. Untrusted text only ever reaches SQL as a bound parameter.
 */
public final class EventStore implements AutoCloseable {
    static final String MODALITIES_COUNTED = "('asserted','reported')";

    private final Path dir;
    private final DuckDBConnection root;
    private final LuceneIndex lucene;
    private final Object writerLock = new Object();
    private StoreWriter writer;

    private EventStore(Path dir, DuckDBConnection root, LuceneIndex lucene) {
        this.dir = dir;
        this.root = root;
        this.lucene = lucene;
    }

    /**
     * How much write-ahead log DuckDB gathers before it checkpoints. Each checkpoint writes the
     * tables' primary-key indexes out whole (duckdb/duckdb#24848), so at DuckDB's default of 16 MB
     * (some 4,000 events) a store of half a million events spent a quarter of its ingest time
     * checkpointing, and the rate fell as the store grew. At 256 MB (some 65,000 events) that is a
     * few per cent. What a kill loses is unchanged (the log is durable at each commit); reopening
     * after a kill replays at most this much log.
     */
    static final String CHECKPOINT_THRESHOLD = "256MB";

    /** Opens the store in {@code dir}, creating the folder and its tables when absent. */
    public static EventStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("events.duckdb").toAbsolutePath());
            try {
                try (var st = c.createStatement()) {
                    st.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
                }
                Schema.create(c);
                LuceneIndex index = LuceneIndex.open(dir.resolve("lucene"));
                return new EventStore(dir, c, index);
            } catch (SQLException | IOException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreHeld.ifHeld(dir, e).orElseGet(() -> new StoreException(dir + ": cannot open the store: " + e.getMessage(), e));
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw StoreHeld.held(dir, null, e);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot open the store: " + e, e);
        }
    }

    /**
     * Opens a store that must already exist: the reading commands (search, dyad, export) are
     * answered from an ingested store, and creating an empty one on a mistyped {@code --db}
     * would hide the mistake behind an empty answer.
     */
    public static EventStore openExisting(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isRegularFile(dir.resolve("events.duckdb")))
            throw new StoreException(dir + ": no Tessera store here (no events.duckdb); ingest into it first or name another --db", null);
        return open(dir);
    }

    public Path dir() {
        return dir;
    }

    /** A new connection to the store's database; the caller closes it. */
    Connection connection() {
        try {
            return root.duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection: " + e.getMessage(), e);
        }
    }

    LuceneIndex lucene() {
        return lucene;
    }

    /** The store's one writer (created on first use). */
    public StoreWriter writer() {
        synchronized (writerLock) {
            if (writer == null) writer = new StoreWriter(this);
            return writer;
        }
    }

    /**
     * The look-up of coded articles by MinHash signature that copies are found by before
     * annotation: the story first article the writer would place such a text with, among those
     * committed. Each call takes its own connection, so the batch's workers may ask at once.
     */
    public CodedArticles codedArticles() {
        StoryGrouper grouper = new StoryGrouper();
        return signature -> {
            try (Connection c = connection(); PreparedStatement count = c.prepareStatement(StoryGrouper.bandRowsSql());
                 PreparedStatement ps = c.prepareStatement(grouper.candidatesSql(StoryGrouper.bandRows(count)));
                 PreparedStatement sigs = c.prepareStatement(grouper.signaturesSql())) {
                StoryGrouper.Match m = grouper.nearest(StoryGrouper.fromTable(ps), sigs, signature);
                return m == null ? Optional.empty() : Optional.of(new CopyOf(m.label(), m.similarity()));
            } catch (SQLException e) {
                throw new StoreException("looking up copies: " + e.getMessage(), e);
            }
        };
    }

    /**
     * Every article's story and every event and mention, as text rows in id order, without the
     * time each was added: what two ways of coding the same input must agree on, row for row
     * (the copies benchmark and its tests compare them).
     */
    public List<String> codingRows() {
        List<String> rows = new ArrayList<>();
        rows.addAll(rows("articles", "SELECT article_id, doc_id, article_index, story_id, similarity, url, pub_date, skipped "
                + "FROM articles ORDER BY article_id"));
        rows.addAll(rows("events", "SELECT * EXCLUDE (added_at) FROM events ORDER BY event_id"));
        rows.addAll(rows("mentions", "SELECT * EXCLUDE (added_at) FROM mentions ORDER BY event_id, article_id"));
        return rows;
    }

    private List<String> rows(String table, String sql) {
        return query(table, sql, ps -> {
        }, rs -> {
            StringBuilder sb = new StringBuilder(table).append(':');
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
            return sb.toString();
        });
    }

    public StoreCounts counts() {
        return query("counts", """
                SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles),
                       (SELECT count(*) FROM articles WHERE story_id = article_id AND skipped IS NULL),
                       (SELECT count(*) FROM sentences), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)""",
                ps -> {
                }, rs -> new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .get(0);
    }

    /** Per-quad and per-modality totals, located events and the date range, in two aggregate queries. */
    public EventSummary summary() {
        Map<Integer, Long> quads = new HashMap<>();
        Map<String, Long> modalities = new HashMap<>();
        long[] located = {0};
        query("summary", "SELECT quad, modality, count(*), count(location_lat) FROM events GROUP BY quad, modality", ps -> {
        }, rs -> {
            quads.merge(rs.getInt(1), rs.getLong(3), Long::sum);
            modalities.merge(rs.getString(2), rs.getLong(3), Long::sum);
            located[0] += rs.getLong(4);
            return null;
        });
        String[] range = query("summary", "SELECT arg_min(date_text, event_date), arg_max(date_text, event_date) FROM events WHERE event_date IS NOT NULL",
                ps -> {
                }, rs -> new String[] {rs.getString(1), rs.getString(2)}).get(0);
        return new EventSummary(quads, modalities, located[0], range[0], range[1]);
    }

    /**
     * A dyad's time series: per period, asserted and reported events from {@code source} to
     * {@code target} by quad class, with mean and summed Goldstein. With {@code bothDirections},
     * the reverse direction comes as its own rows (source and target swapped). Periods without
     * events are absent. {@code from}/{@code to} may be null.
     */
    public List<DyadPoint> dyad(String source, String target, Granularity by, boolean bothDirections, LocalDate from, LocalDate to) {
        return dyad(source, target, by, bothDirections, from, to, Origin.ALL);
    }

    /** {@link #dyad(String, String, Granularity, boolean, LocalDate, LocalDate)} over the events of one origin. */
    public List<DyadPoint> dyad(String source, String target, Granularity by, boolean bothDirections, LocalDate from, LocalDate to,
                                Origin origin) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(by, "by");
        String sql = """
                SELECT CAST(date_trunc(?, event_date) AS DATE) AS period, dir,
                       count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),
                       count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4),
                       count(*), avg(goldstein), sum(goldstein)
                FROM (SELECT *, CASE WHEN (source_country = ? OR source_code = ?) AND (target_country = ? OR target_code = ?)
                                     THEN 0 ELSE 1 END AS dir
                      FROM events
                      WHERE modality IN %s AND event_date IS NOT NULL
                        AND event_date >= coalesce(CAST(? AS DATE), DATE '0001-01-01') AND event_date <= coalesce(CAST(? AS DATE), DATE '9999-12-31')%s
                        AND (((source_country = ? OR source_code = ?) AND (target_country = ? OR target_code = ?))
                             OR (? AND (source_country = ? OR source_code = ?) AND (target_country = ? OR target_code = ?))))
                GROUP BY period, dir ORDER BY period, dir""".formatted(MODALITIES_COUNTED, origin.clause("event_id"));
        return query("dyad", sql, ps -> {
            int i = 1;
            ps.setString(i++, by.sqlPart());
            for (String s : new String[] {source, source, target, target}) ps.setString(i++, s);
            ps.setObject(i++, from == null ? null : Date.valueOf(from));
            ps.setObject(i++, to == null ? null : Date.valueOf(to));
            for (String s : new String[] {source, source, target, target}) ps.setString(i++, s);
            ps.setBoolean(i++, bothDirections);
            for (String s : new String[] {target, target, source, source}) ps.setString(i++, s);
        }, rs -> {
            boolean reverse = rs.getInt(2) == 1;
            return new DyadPoint(rs.getDate(1).toLocalDate(), reverse ? target : source, reverse ? source : target,
                    rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getDouble(8), rs.getDouble(9));
        });
    }

    /** Events passing the filter, newest first, with their mention counts. */
    public List<StoredEvent> events(EventQuery q) {
        Objects.requireNonNull(q, "q");
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (notEmpty(q.actor())) {
            where.append(" AND (source_country = ? OR source_code = ? OR target_country = ? OR target_code = ?)");
            for (int i = 0; i < 4; i++) params.add(q.actor());
        }
        if (notEmpty(q.source())) {
            where.append(" AND (source_country = ? OR source_code = ?)");
            params.add(q.source());
            params.add(q.source());
        }
        if (notEmpty(q.target())) {
            where.append(" AND (target_country = ? OR target_code = ?)");
            params.add(q.target());
            params.add(q.target());
        }
        if (q.from() != null) {
            where.append(" AND event_date >= ?");
            params.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND event_date <= ?");
            params.add(Date.valueOf(q.to()));
        }
        if (q.quad() != 0) {
            where.append(" AND quad = ?");
            params.add(q.quad());
        }
        if (notEmpty(q.codePrefix())) {
            where.append(" AND starts_with(cameo, ?)");
            params.add(q.codePrefix());
        }
        if (!q.modalities().isEmpty()) {
            where.append(" AND modality IN (").append(String.join(",", java.util.Collections.nCopies(q.modalities().size(), "?"))).append(")");
            q.modalities().stream().map(Modality::json).sorted().forEach(params::add);
        }
        where.append(q.origin().clause("event_id"));
        params.add(q.limit());
        params.add(q.offset());
        // The page's ids first, then its rows by primary key: joining the mention counts to the
        // whole filter would count the mentions of every event in the store.
        List<Long> ids = query("events", "SELECT event_id FROM events WHERE " + where
                + " ORDER BY event_date DESC NULLS LAST, event_id DESC LIMIT ? OFFSET ?", ps -> bind(ps, params), rs -> rs.getLong(1));
        return storedEvents(ids);
    }

    /** One event by its id, or null. */
    public StoredEvent event(long id) {
        List<StoredEvent> l = storedEvents(List.of(id));
        return l.isEmpty() ? null : l.get(0);
    }

    /** The event stored last, or null in a store without events (the one writer hands out event ids in the order it stores). */
    public StoredEvent newestStored() {
        // The id first, then the row with its own mentions only: STORED_EVENT_SELECT's join would
        // count every event's mentions first (600 ms at 600,000 events, most of /api/stats).
        List<Long> id = query("newest event", "SELECT max(event_id) FROM events", ps -> {
        }, rs -> rs.getObject(1) == null ? null : rs.getLong(1));
        if (id.isEmpty() || id.get(0) == null) return null;
        List<StoredEvent> l = storedEvents(List.of(id.get(0)));
        return l.isEmpty() ? null : l.get(0);
    }

    /** The mentions of an event: one per article of its story, first article first. */
    public List<StoredMention> mentions(long eventId) {
        return query("mentions", Exporter.MENTION_SELECT + " WHERE m.event_id = ? ORDER BY article_id", ps -> ps.setLong(1, eventId),
                Exporter::mention);
    }

    /** The events of the given sentences (article id, sentence index), keyed "article:sentence", in event order. */
    Map<String, List<StoredEvent>> sentenceEvents(List<long[]> sentences) {
        Map<String, List<StoredEvent>> out = new HashMap<>();
        if (sentences.isEmpty()) return out;
        Set<String> wanted = new HashSet<>();
        Set<Long> articles = new TreeSet<>();
        for (long[] s : sentences) {
            wanted.add(s[0] + ":" + s[1]);
            articles.add(s[0]);
        }
        List<Long> articleIds = List.copyOf(articles);
        List<Long> ids = new ArrayList<>();
        Map<Long, String> keys = new HashMap<>();
        for (long[] row : query("events", "SELECT event_id, article_id, sentence_index FROM events WHERE article_id IN ("
                + placeholders(articleIds.size()) + ") ORDER BY event_id", ps -> bind(ps, new ArrayList<>(articleIds)),
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getInt(3)}))
            if (wanted.contains(row[1] + ":" + row[2])) {
                ids.add(row[0]);
                keys.put(row[0], row[1] + ":" + row[2]);
            }
        for (StoredEvent e : storedEvents(ids)) out.computeIfAbsent(keys.get(e.id()), k -> new ArrayList<>()).add(e);
        return out;
    }

    /** The events with these ids, in the order given, each with its mention counts. */
    List<StoredEvent> storedEvents(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        String in = placeholders(ids.size());
        String sql = """
                SELECT e.event_id, e.json, e.story_id, e.sentence_index,
                       coalesce(c.num_mentions, i.num_mentions, 0), coalesce(c.num_sources, i.num_sources, 0),
                       coalesce(c.num_articles, i.num_articles, 0),
                       CASE WHEN coalesce(e.url, '') = '' THEN e.doc_id ELSE e.url END, e.added_at
                FROM events e LEFT JOIN (SELECT event_id, count(*) AS num_mentions, count(DISTINCT site) AS num_sources,
                                                count(DISTINCT article_id) AS num_articles
                                         FROM mentions WHERE event_id IN (%s) GROUP BY event_id) c ON c.event_id = e.event_id
                  LEFT JOIN imported_events i ON i.event_id = e.event_id
                WHERE e.event_id IN (%s)""".formatted(in, in);
        List<Object> params = new ArrayList<>(ids);
        params.addAll(ids);
        Map<Long, StoredEvent> byId = new HashMap<>();
        for (StoredEvent e : query("events", sql, ps -> bind(ps, params), this::storedEvent)) byId.put(e.id(), e);
        List<StoredEvent> out = new ArrayList<>();
        for (Long id : ids) {
            StoredEvent e = byId.get(id);
            if (e != null) out.add(e);
        }
        return out;
    }

    static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /**
     * Every event with its counts: from its mentions for ours, from the row it was imported with for
     * an imported one. The tenth column is an imported event's raw GDELT row (NULL for ours).
     */
    static final String STORED_EVENT_SELECT = """
            SELECT e.event_id, e.json, e.story_id, e.sentence_index,
                   coalesce(c.num_mentions, i.num_mentions, 0), coalesce(c.num_sources, i.num_sources, 0),
                   coalesce(c.num_articles, i.num_articles, 0),
                   CASE WHEN coalesce(e.url, '') = '' THEN e.doc_id ELSE e.url END, e.added_at, i.raw
            FROM events e LEFT JOIN (SELECT event_id, count(*) AS num_mentions, count(DISTINCT site) AS num_sources,
                                            count(DISTINCT article_id) AS num_articles
                                     FROM mentions GROUP BY event_id) c ON c.event_id = e.event_id
              LEFT JOIN imported_events i ON i.event_id = e.event_id""";

    private final ThreadLocal<EventJson> json = ThreadLocal.withInitial(EventJson::new);

    StoredEvent storedEvent(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), json.get().fromLine(rs.getString(2)), rs.getLong(3), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }

    /**
     * Full-text search over sentences, article titles and event fields (Lucene query syntax:
     * {@code sanctions AND Minsk}, {@code "foreign minister"}); the filter's actor, code and period
     * narrow it to sentences with such events. Best first.
     */
    public List<SearchHit> search(String query, EventQuery filter, int limit) {
        return lucene.search(this, query, filter == null ? EventQuery.all() : filter, limit <= 0 ? 20 : limit);
    }

    /** Every actor code with its event counts, most frequent first. */
    public List<ActorSummary> actors() {
        return query("actors", """
                SELECT code, any_value(country), any_value(role), sum(s), sum(t) FROM (
                  SELECT source_code AS code, source_country AS country, source_role AS role, 1 AS s, 0 AS t FROM events
                  UNION ALL
                  SELECT target_code, target_country, target_role, 0, 1 FROM events WHERE target_code IS NOT NULL)
                GROUP BY code ORDER BY sum(s) + sum(t) DESC, code""", ps -> {
        }, rs -> new ActorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
    }

    /** Country-to-country edges (asserted and reported events with a target), busiest first. */
    public List<NetworkEdge> network(LocalDate from, LocalDate to, int limit) {
        return network(from, to, limit, Origin.ALL);
    }

    /** {@link #network(LocalDate, LocalDate, int)} over the events of one origin. */
    public List<NetworkEdge> network(LocalDate from, LocalDate to, int limit, Origin origin) {
        return query("network", """
                SELECT source_country, target_country, count(*), avg(goldstein) FROM events
                WHERE target_country IS NOT NULL AND modality IN %s
                  AND event_date >= coalesce(CAST(? AS DATE), DATE '0001-01-01')
                  AND event_date <= coalesce(CAST(? AS DATE), DATE '9999-12-31')%s
                GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?""".formatted(MODALITIES_COUNTED, origin.clause("event_id")), ps -> {
            Date f = from == null ? null : Date.valueOf(from);
            Date t = to == null ? null : Date.valueOf(to);
            ps.setObject(1, f);
            ps.setObject(2, t);
            ps.setInt(3, limit <= 0 ? 1000 : limit);
        }, rs -> new NetworkEdge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
    }

    @Override
    public void close() {
        synchronized (writerLock) {
            if (writer != null) writer.close();
        }
        try {
            lucene.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                root.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close the store: " + e.getMessage(), e);
            }
        }
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String what, String sql, Binder binder, RowReader<T> reader) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(reader.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(what + ": " + e.getMessage(), e);
        }
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
