package org.tessera.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tessera.dedup.MinHasher;
import org.tessera.dedup.NearDuplicates;
import org.tessera.json.EventJson;
import org.tessera.model.Actor;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.DocumentResult;

/**
 * The store's single writer: stores one document per transaction, so a document is either fully
 * stored or absent, whatever kills the process. Documents are keyed by id and content hash: the
 * same bytes under the same id are stored once. Each article is compared with earlier stories'
 * first articles (MinHash + LSH, band keys kept in the database so they survive restarts); a
 * near-duplicate joins that story and adds mentions to its events instead of events of its own.
 *
 * <p>Synchronised: one document at a time, in the order given, which also keeps ids deterministic.
 * The writer keeps one connection and its prepared statements for its whole life, because preparing
 * a statement and opening a connection cost DuckDB more than the inserts themselves; any failure
 * drops both, so the next document starts from a clean connection and ids re-read from the tables.
 */
public final class StoreWriter implements AutoCloseable {
    /** Lucene is committed after this many stored documents (and at {@link #flush}). */
    private static final int INDEX_EVERY = 50;

    private final EventStore store;
    private final NearDuplicates dedup = NearDuplicates.defaults();
    private final MinHasher minHasher = dedup.minHasher();
    private final EventJson json = new EventJson();
    private int sinceIndex;
    /** The open connection and its statements, or null until the next write opens them. */
    private Statements open;
    /** The next free ids, valid while {@link #open} is; read from the tables when it is reopened. */
    private long nextArticle;
    private long nextEvent;

    StoreWriter(EventStore store) {
        this.store = store;
    }

    /** What storing one document did. */
    public record Stored(boolean added, int articles, int copies, int events, int mentions) {
        static final Stored ALREADY = new Stored(false, 0, 0, 0, 0);
    }

    public static String contentHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** The key of a document: its id and content hash together. */
    public static String documentKey(RawDocument raw) {
        return documentKey(raw.id(), contentHash(raw.content()));
    }

    public static String documentKey(String id, String hash) {
        return contentHash((id + "\u0000" + hash).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** Keys of every stored document, to skip them on a resumed or repeated ingest. */
    public Set<String> documentKeys() {
        return new HashSet<>(store.query("document keys", "SELECT doc_key FROM documents", ps -> {
        }, rs -> rs.getString(1)));
    }

    /** Stores a processed document unless a document with the same key is already stored. */
    public synchronized Stored write(RawDocument raw, DocumentResult result) {
        String hash = contentHash(raw.content());
        String key = documentKey(raw.id(), hash);
        Stored stored;
        try {
            Statements st = statements();
            try {
                stored = write(st, key, hash, raw, result);
                st.connection.commit();
            } catch (SQLException | RuntimeException e) {
                // The ids this document took are re-read from the tables when the connection reopens.
                discard();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(raw.origin() + ": cannot store: " + e.getMessage(), e);
        }
        if (stored.added() && ++sinceIndex >= INDEX_EVERY) flush();
        return stored;
    }

    private Statements statements() throws SQLException {
        if (open == null) {
            Connection c = store.connection();
            try {
                c.setAutoCommit(false);
                Statements st = new Statements(c, dedup.bands().bands());
                nextArticle = nextId(c, "SELECT coalesce(max(article_id), 0) + 1 FROM articles");
                nextEvent = nextId(c, "SELECT coalesce(max(event_id), 0) + 1 FROM events");
                // The reads above opened a transaction; end it so the first document sees fresh data.
                c.commit();
                open = st;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
        return open;
    }

    /** Rolls back and closes the connection after a failure; the next write opens a new one. */
    private void discard() {
        Statements st = open;
        open = null;
        if (st == null) return;
        try {
            st.connection.rollback();
        } catch (SQLException e) {
            // The connection is being dropped anyway; closing it below rolls back what is left.
        }
        st.close();
    }

    /** Closes the writer's connection; a later write opens a new one. Called by {@link EventStore#close}. */
    @Override
    public synchronized void close() {
        Statements st = open;
        open = null;
        if (st != null) st.close();
    }

    /** Brings the search index up to date with the database and commits it. */
    public synchronized void flush() {
        store.lucene().sync(store);
        sinceIndex = 0;
    }

    private Stored write(Statements st, String key, String hash, RawDocument raw, DocumentResult r) throws SQLException {
        st.documentExists.setString(1, key);
        try (ResultSet rs = st.documentExists.executeQuery()) {
            if (rs.next()) return Stored.ALREADY;
        }
        Timestamp now = Timestamp.from(Instant.now());
        PreparedStatement doc = st.insertDocument;
        doc.setString(1, key);
        doc.setString(2, raw.id());
        doc.setString(3, hash);
        doc.setString(4, raw.origin());
        doc.setString(5, r.error());
        doc.setInt(6, r.articles().size());
        doc.setTimestamp(7, now);
        doc.executeUpdate();
        int copies = 0, events = 0, mentions = 0;
        for (ArticleResult ar : r.articles()) {
            Article a = ar.article();
            long articleId = nextArticle++;
            String site = GdeltFormat.site(a.url(), a.docId());
            long[] sig = null;
            long story = articleId;
            double similarity = 1.0;
            if (ar.wasCoded() && dedup.comparable(a.text())) {
                sig = minHasher.signature(dedup.shingles().of(a.text()));
                Match m = nearest(st, sig);
                if (m != null) {
                    story = m.story;
                    similarity = m.similarity;
                }
            }
            boolean first = story == articleId;
            insertArticle(st.insertArticle, articleId, key, a, story, similarity, site, ar.skipped(), first ? sig : null, now);
            List<AnnotatedSentence> sentences = ar.annotated() == null ? List.of() : ar.annotated().sentences();
            insertSentences(st.insertSentence, articleId, sentences);
            if (first) {
                if (sig != null) insertBands(st.insertBand, articleId, sig);
                for (Event e : ar.events()) {
                    long eventId = nextEvent++;
                    int sentence = sentenceIndex(a, sentences, e.spanStart(), e.sentence());
                    addEvent(st.insertEvent, eventId, articleId, sentence, e, now);
                    addMention(st.insertMention, eventId, articleId, sentence, e.spanStart(), e.spanEnd(), site, a, e.confidence(), now);
                    events++;
                    mentions++;
                }
            } else {
                copies++;
                mentions += addCopyMentions(st, story, articleId, a, sentences, site, now);
            }
        }
        // Events go in before their mentions: the writer's order is the order a reader could see.
        st.insertEvent.executeBatch();
        st.insertMention.executeBatch();
        return new Stored(true, r.articles().size(), copies, events, mentions);
    }

    private record Match(long story, double similarity) {
    }

    private Match nearest(Statements st, long[] sig) throws SQLException {
        long[] keys = dedup.bands().keys(sig);
        PreparedStatement ps = st.candidates;
        for (int i = 0; i < keys.length; i++) ps.setLong(i + 1, keys[i]);
        Match best = null;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byte[] other = rs.getBytes(3);
                if (other == null) continue;
                double s = MinHasher.similarity(sig, MinHasher.fromBytes(other));
                if (s >= dedup.threshold() && (best == null || s > best.similarity)) best = new Match(rs.getLong(2), s);
            }
        }
        return best;
    }

    private int addCopyMentions(Statements st, long story, long articleId, Article a, List<AnnotatedSentence> sentences,
                                String site, Timestamp now) throws SQLException {
        Map<String, Integer> byText = new HashMap<>();
        for (AnnotatedSentence s : sentences) byText.putIfAbsent(s.text(), s.index());
        record StoryEvent(long id, String sentence, double confidence) {
        }
        List<StoryEvent> storyEvents = new ArrayList<>();
        st.storyEvents.setLong(1, story);
        try (ResultSet rs = st.storyEvents.executeQuery()) {
            while (rs.next()) storyEvents.add(new StoryEvent(rs.getLong(1), rs.getString(2), rs.getDouble(3)));
        }
        for (StoryEvent e : storyEvents) {
            // The copy's own sentence when its text is there unchanged; else the mention has no position.
            Integer idx = byText.get(e.sentence());
            int start = -1, end = -1, sentence = -1;
            if (idx != null) {
                AnnotatedSentence s = sentences.get(idx);
                sentence = idx;
                start = a.offset() + s.begin();
                end = a.offset() + s.end();
            }
            addMention(st.insertMention, e.id(), articleId, sentence, start, end, site, a, e.confidence(), now);
        }
        return storyEvents.size();
    }

    private static int sentenceIndex(Article a, List<AnnotatedSentence> sentences, int spanStart, String text) {
        for (AnnotatedSentence s : sentences) if (a.offset() + s.begin() == spanStart) return s.index();
        for (AnnotatedSentence s : sentences) if (s.text().equals(text)) return s.index();
        return -1;
    }

    private static long nextId(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insertArticle(PreparedStatement ps, long id, String key, Article a, long story, double similarity, String site,
                                      String skipped, long[] sig, Timestamp now) throws SQLException {
        int i = 1;
        ps.setLong(i++, id);
        ps.setString(i++, key);
        ps.setString(i++, a.docId());
        ps.setInt(i++, a.index());
        ps.setLong(i++, story);
        ps.setDouble(i++, similarity);
        ps.setString(i++, a.title());
        ps.setString(i++, a.url());
        ps.setString(i++, site);
        ps.setObject(i++, a.date() == null ? null : Date.valueOf(a.date().start()));
        ps.setString(i++, a.date() == null ? null : a.date().toString());
        ps.setString(i++, a.language());
        ps.setInt(i++, a.offset());
        ps.setString(i++, a.text());
        ps.setString(i++, skipped);
        if (sig == null) ps.setNull(i++, Types.BLOB);
        else ps.setBytes(i++, MinHasher.toBytes(sig));
        ps.setTimestamp(i, now);
        ps.executeUpdate();
    }

    private static void insertSentences(PreparedStatement ps, long articleId, List<AnnotatedSentence> sentences) throws SQLException {
        if (sentences.isEmpty()) return;
        for (AnnotatedSentence s : sentences) {
            ps.setLong(1, articleId);
            ps.setInt(2, s.index());
            ps.setInt(3, s.begin());
            ps.setInt(4, s.end());
            ps.setString(5, s.text());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private void insertBands(PreparedStatement ps, long articleId, long[] sig) throws SQLException {
        for (long k : dedup.bands().keys(sig)) {
            ps.setLong(1, k);
            ps.setLong(2, articleId);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private void addEvent(PreparedStatement ps, long id, long articleId, int sentence, Event e, Timestamp now) throws SQLException {
        int i = 1;
        ps.setLong(i++, id);
        ps.setLong(i++, articleId);
        ps.setLong(i++, articleId);
        ps.setInt(i++, sentence);
        ps.setString(i++, e.doc());
        ps.setInt(i++, e.article());
        ps.setString(i++, e.sentence());
        ps.setInt(i++, e.spanStart());
        ps.setInt(i++, e.spanEnd());
        ps.setObject(i++, e.date() == null ? null : Date.valueOf(e.date().start()));
        ps.setString(i++, e.date() == null ? null : e.date().toString());
        ps.setString(i++, e.dateSource().json());
        i = actor(ps, i, e.source());
        i = actor(ps, i, e.target());
        ps.setString(i++, e.action().code().code());
        ps.setString(i++, e.action().code().root());
        ps.setInt(i++, e.action().code().quad());
        ps.setDouble(i++, e.action().code().goldstein());
        ps.setString(i++, e.action().text());
        ps.setString(i++, e.action().code().name());
        ps.setString(i++, e.modality().json());
        Location l = e.location();
        ps.setString(i++, l == null ? null : l.name());
        ps.setString(i++, l == null ? null : l.country());
        ps.setObject(i++, l == null ? null : l.lat());
        ps.setObject(i++, l == null ? null : l.lon());
        ps.setObject(i++, l == null ? null : l.featureId());
        ps.setDouble(i++, e.confidence());
        ps.setString(i++, e.evidenceText());
        Event.EventContext ctx = e.context();
        ps.setString(i++, ctx == null ? "" : ctx.title());
        ps.setString(i++, ctx == null ? "" : ctx.url());
        ps.setString(i++, ctx == null ? "und" : ctx.language());
        ps.setString(i++, ctx == null || ctx.documentDate() == null ? null : ctx.documentDate().toString());
        ps.setString(i++, ctx == null || ctx.documentDateOrigin() == null ? "none" : ctx.documentDateOrigin().json());
        ps.setString(i++, json.toLine(e));
        ps.setTimestamp(i, now);
        ps.addBatch();
    }

    private static int actor(PreparedStatement ps, int i, Actor a) throws SQLException {
        ps.setString(i++, a == null ? null : a.text());
        ps.setString(i++, a == null ? null : a.name());
        ps.setString(i++, a == null ? null : a.country());
        ps.setString(i++, a == null ? null : a.role());
        ps.setString(i++, a == null ? null : a.code());
        ps.setString(i++, a == null ? null : a.rule());
        return i;
    }

    private static void addMention(PreparedStatement ps, long eventId, long articleId, int sentence, int start, int end, String site,
                                   Article a, double confidence, Timestamp now) throws SQLException {
        ps.setLong(1, eventId);
        ps.setLong(2, articleId);
        ps.setInt(3, sentence);
        ps.setInt(4, start);
        ps.setInt(5, end);
        ps.setString(6, site);
        ps.setString(7, a.url());
        ps.setString(8, a.docId());
        ps.setInt(9, a.text().length());
        ps.setDouble(10, confidence);
        ps.setTimestamp(11, now);
        ps.addBatch();
    }

    /** The writer's connection and the statements it prepares once. */
    private static final class Statements implements AutoCloseable {
        final Connection connection;
        final PreparedStatement documentExists;
        final PreparedStatement insertDocument;
        final PreparedStatement candidates;
        final PreparedStatement insertArticle;
        final PreparedStatement insertSentence;
        final PreparedStatement insertBand;
        final PreparedStatement insertEvent;
        final PreparedStatement insertMention;
        final PreparedStatement storyEvents;
        private final List<PreparedStatement> all = new ArrayList<>();

        Statements(Connection c, int bands) throws SQLException {
            connection = c;
            try {
                documentExists = prepare("SELECT 1 FROM documents WHERE doc_key = ?");
                insertDocument = prepare("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)");
                candidates = prepare("SELECT article_id, story_id, minhash FROM articles WHERE article_id IN "
                        + "(SELECT DISTINCT article_id FROM lsh WHERE band_key IN (" + String.join(",", Collections.nCopies(bands, "?"))
                        + ")) ORDER BY article_id");
                insertArticle = prepare("INSERT INTO articles VALUES (" + String.join(",", Collections.nCopies(17, "?")) + ")");
                insertSentence = prepare("INSERT INTO sentences VALUES (?,?,?,?,?)");
                insertBand = prepare("INSERT INTO lsh VALUES (?, ?)");
                insertEvent = prepare("INSERT INTO events VALUES (" + String.join(",", Collections.nCopies(45, "?")) + ")");
                insertMention = prepare("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?)");
                storyEvents = prepare("SELECT event_id, sentence, confidence FROM events WHERE article_id = ? ORDER BY event_id");
            } catch (SQLException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement ps = connection.prepareStatement(sql);
            all.add(ps);
            return ps;
        }

        @Override
        public void close() {
            for (PreparedStatement ps : all) {
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
}
