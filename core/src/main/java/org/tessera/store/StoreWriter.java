package org.tessera.store;

import java.net.URI;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
 */
public final class StoreWriter {
    /** Lucene is committed after this many stored documents (and at {@link #flush}). */
    private static final int INDEX_EVERY = 50;

    private final EventStore store;
    private final NearDuplicates dedup = NearDuplicates.defaults();
    private final MinHasher minHasher = dedup.minHasher();
    private final EventJson json = new EventJson();
    private int sinceIndex;

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
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                stored = write(c, key, hash, raw, result);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(raw.origin() + ": cannot store: " + e.getMessage(), e);
        }
        if (stored.added() && ++sinceIndex >= INDEX_EVERY) flush();
        return stored;
    }

    /** Brings the search index up to date with the database and commits it. */
    public synchronized void flush() {
        store.lucene().sync(store);
        sinceIndex = 0;
    }

    private Stored write(Connection c, String key, String hash, RawDocument raw, DocumentResult r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE doc_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return Stored.ALREADY;
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, raw.id());
            ps.setString(3, hash);
            ps.setString(4, raw.origin());
            ps.setString(5, r.error());
            ps.setInt(6, r.articles().size());
            ps.setTimestamp(7, now);
            ps.executeUpdate();
        }
        long nextArticle = nextId(c, "SELECT coalesce(max(article_id), 0) + 1 FROM articles");
        long nextEvent = nextId(c, "SELECT coalesce(max(event_id), 0) + 1 FROM events");
        int copies = 0, events = 0, mentions = 0;
        for (ArticleResult ar : r.articles()) {
            Article a = ar.article();
            long articleId = nextArticle++;
            String site = site(a.url(), a.docId());
            long[] sig = null;
            long story = articleId;
            double similarity = 1.0;
            if (ar.wasCoded() && dedup.comparable(a.text())) {
                sig = minHasher.signature(dedup.shingles().of(a.text()));
                Match m = nearest(c, sig);
                if (m != null) {
                    story = m.story;
                    similarity = m.similarity;
                }
            }
            boolean first = story == articleId;
            insertArticle(c, articleId, key, a, story, similarity, site, ar.skipped(), first ? sig : null, now);
            List<AnnotatedSentence> sentences = ar.annotated() == null ? List.of() : ar.annotated().sentences();
            insertSentences(c, articleId, sentences);
            if (first) {
                if (sig != null) insertBands(c, articleId, sig);
                for (Event e : ar.events()) {
                    long eventId = nextEvent++;
                    int sentence = sentenceIndex(a, sentences, e.spanStart(), e.sentence());
                    insertEvent(c, eventId, articleId, sentence, e, now);
                    insertMention(c, eventId, articleId, sentence, e.spanStart(), e.spanEnd(), site, a, e.confidence(), now);
                    events++;
                    mentions++;
                }
            } else {
                copies++;
                mentions += addCopyMentions(c, story, articleId, a, sentences, site, now);
            }
        }
        return new Stored(true, r.articles().size(), copies, events, mentions);
    }

    private record Match(long story, double similarity) {
    }

    private Match nearest(Connection c, long[] sig) throws SQLException {
        long[] keys = dedup.bands().keys(sig);
        String in = String.join(",", java.util.Collections.nCopies(keys.length, "?"));
        Match best = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, story_id, minhash FROM articles WHERE article_id IN "
                + "(SELECT DISTINCT article_id FROM lsh WHERE band_key IN (" + in + ")) ORDER BY article_id")) {
            for (int i = 0; i < keys.length; i++) ps.setLong(i + 1, keys[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] other = rs.getBytes(3);
                    if (other == null) continue;
                    double s = MinHasher.similarity(sig, MinHasher.fromBytes(other));
                    if (s >= dedup.threshold() && (best == null || s > best.similarity)) best = new Match(rs.getLong(2), s);
                }
            }
        }
        return best;
    }

    private int addCopyMentions(Connection c, long story, long articleId, Article a, List<AnnotatedSentence> sentences,
                                String site, Timestamp now) throws SQLException {
        Map<String, Integer> byText = new HashMap<>();
        for (AnnotatedSentence s : sentences) byText.putIfAbsent(s.text(), s.index());
        record StoryEvent(long id, String sentence, double confidence) {
        }
        List<StoryEvent> storyEvents = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, sentence, confidence FROM events WHERE article_id = ? ORDER BY event_id")) {
            ps.setLong(1, story);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) storyEvents.add(new StoryEvent(rs.getLong(1), rs.getString(2), rs.getDouble(3)));
            }
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
            insertMention(c, e.id(), articleId, sentence, start, end, site, a, e.confidence(), now);
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

    private static void insertArticle(Connection c, long id, String key, Article a, long story, double similarity, String site,
                                      String skipped, long[] sig, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
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
    }

    private static void insertSentences(Connection c, long articleId, List<AnnotatedSentence> sentences) throws SQLException {
        if (sentences.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sentences VALUES (?,?,?,?,?)")) {
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
    }

    private void insertBands(Connection c, long articleId, long[] sig) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lsh VALUES (?, ?)")) {
            for (long k : dedup.bands().keys(sig)) {
                ps.setLong(1, k);
                ps.setLong(2, articleId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertEvent(Connection c, long id, long articleId, int sentence, Event e, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events VALUES ("
                + String.join(",", java.util.Collections.nCopies(45, "?")) + ")")) {
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
            ps.setString(i++, e.evidence());
            Event.EventContext ctx = e.context();
            ps.setString(i++, ctx == null ? "" : ctx.title());
            ps.setString(i++, ctx == null ? "" : ctx.url());
            ps.setString(i++, ctx == null ? "und" : ctx.language());
            ps.setString(i++, ctx == null || ctx.documentDate() == null ? null : ctx.documentDate().toString());
            ps.setString(i++, ctx == null || ctx.documentDateOrigin() == null ? "none" : ctx.documentDateOrigin().json());
            ps.setString(i++, json.toLine(e));
            ps.setTimestamp(i, now);
            ps.executeUpdate();
        }
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

    private static void insertMention(Connection c, long eventId, long articleId, int sentence, int start, int end, String site,
                                      Article a, double confidence, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
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
            ps.executeUpdate();
        }
    }

    /** The source an article came from: its URL's host without "www.", else its document id. */
    static String site(String url, String docId) {
        if (url != null && !url.isBlank()) {
            try {
                String host = URI.create(url.trim()).getHost();
                if (host != null && !host.isEmpty()) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URL we can read: fall back to the document id
            }
        }
        return docId;
    }
}
