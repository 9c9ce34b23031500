package org.tessera.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.tessera.json.EventJson;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.Event;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.DocumentResult;
import org.tessera.store.StoreRows.ArticleRow;
import org.tessera.store.StoreRows.DocumentRow;
import org.tessera.store.StoreRows.EventRow;
import org.tessera.store.StoreRows.MentionRow;
import org.tessera.store.StoreRows.SentenceRow;

/**
 * The store's single writer: stores one document per transaction, so a document is either fully
 * stored or absent, whatever kills the process. Documents are keyed by id and content hash: the
 * same bytes under the same id are stored once. Each article is placed in a story by
 * {@link StoryGrouper}; a near-duplicate joins an earlier story and adds mentions to its events
 * instead of events of its own (which is all a copy found before annotation records: see
 * {@link org.tessera.pipeline.ArticleResult#isCopy()}). Rows are built as {@link StoreRows} and bound by their named
 * columns.
 *
 * <p>Synchronised: one document at a time, in the order given, which also keeps ids deterministic.
 * The writer keeps one {@link WriterConnection} (with its prepared statements and the next free
 * ids) for its whole life; any failure drops it, so the next document starts from a clean
 * connection and ids re-read from the tables.
 */
public final class StoreWriter implements AutoCloseable {
    /** Lucene is committed after this many stored documents (and at {@link #flush}). */
    private static final int INDEX_EVERY = 50;
    private static final String DOCUMENT_EXISTS = "SELECT 1 FROM documents WHERE doc_key = ?";
    /** Keys per lookup of {@link #storedKeys}: a statement's parameters stay few, and the primary key answers each. */
    private static final int KEY_CHUNK = 500;

    private final EventStore store;
    private final StoryGrouper stories = new StoryGrouper();
    private final EventJson json = new EventJson();
    private int sinceIndex;
    /** The open connection, or null until the next write opens it. */
    private WriterConnection open;

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

    /**
     * Which of {@code keys} are stored: the documents of one batch are looked up by their keys
     * (bound parameters, a chunk at a time), so a round of a watch costs the same on a store of a
     * million documents as on an empty one.
     */
    public Set<String> storedKeys(java.util.Collection<String> keys) {
        List<String> all = List.copyOf(new HashSet<>(keys));
        Set<String> out = new HashSet<>();
        for (int from = 0; from < all.size(); from += KEY_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEY_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            out.addAll(store.query("document keys", "SELECT doc_key FROM documents WHERE doc_key IN (" + marks + ")",
                    ps -> EventStore.bind(ps, List.<Object>copyOf(chunk)), rs -> rs.getString(1)));
        }
        return out;
    }

    /** Stores a processed document unless a document with the same key is already stored. */
    public synchronized Stored write(RawDocument raw, DocumentResult result) {
        String hash = contentHash(raw.content());
        String key = documentKey(raw.id(), hash);
        Stored stored;
        try {
            if (open == null) open = WriterConnection.open(store);
            WriterConnection c = open;
            try {
                stored = write(c, key, hash, raw, result);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                // The ids this document took are re-read from the tables when the connection reopens.
                open = null;
                c.rollbackAndClose();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(raw.origin() + ": cannot store: " + e.getMessage(), e);
        }
        if (stored.added() && ++sinceIndex >= INDEX_EVERY) flush();
        return stored;
    }

    /** Closes the writer's connection; a later write opens a new one. Called by {@link EventStore#close}. */
    @Override
    public synchronized void close() {
        WriterConnection c = open;
        open = null;
        if (c != null) c.close();
    }

    /** Brings the search index up to date with the database and commits it. */
    public synchronized void flush() {
        store.lucene().sync(store);
        sinceIndex = 0;
    }

    private Stored write(WriterConnection c, String key, String hash, RawDocument raw, DocumentResult r) throws SQLException {
        PreparedStatement exists = c.statement(DOCUMENT_EXISTS);
        exists.setString(1, key);
        try (ResultSet rs = exists.executeQuery()) {
            if (rs.next()) return Stored.ALREADY;
        }
        Timestamp now = Timestamp.from(Instant.now());
        c.insert(DocumentRow.COLUMNS).insert(new DocumentRow(key, hash, raw, r, now));
        RowBinder.Insert<EventRow> events = c.insert(EventRow.COLUMNS);
        RowBinder.Insert<MentionRow> mentions = c.insert(MentionRow.COLUMNS);
        int copies = 0, eventCount = 0, mentionCount = 0;
        for (ArticleResult ar : r.articles()) {
            Article a = ar.article();
            long articleId = c.takeArticleId();
            String site = GdeltFormat.site(a.url(), a.docId());
            StoryGrouper.Placement place = stories.place(c, articleId, ar);
            if (ar.isCopy() && place.startsStory(articleId))
                // Only when its original was lost on the way (its document failed to store): this
                // document stays unstored, so the next run codes it.
                throw new StoreException(raw.origin() + ": article " + a.index() + " was taken for a copy of "
                        + ar.copyOf().original() + ", which is not stored; not stored, the next run codes it", null);
            c.insert(ArticleRow.COLUMNS).insert(new ArticleRow(articleId, key, a, place.story(), place.similarity(), site, ar.skipped(),
                    place.kept(articleId), now));
            List<AnnotatedSentence> sentences = ar.annotated() == null ? List.of() : ar.annotated().sentences();
            insertSentences(c, articleId, sentences);
            if (place.startsStory(articleId)) {
                if (place.signature() != null) stories.remember(c, articleId, place.signature());
                for (Event e : ar.events()) {
                    long eventId = c.takeEventId();
                    int sentence = e.sentenceIndex();
                    events.add(new EventRow(eventId, articleId, sentence, e, json.toLine(e), now));
                    mentions.add(new MentionRow(eventId, articleId, sentence, e.spanStart(), e.spanEnd(), site, a, e.confidence(), now));
                    eventCount++;
                    mentionCount++;
                }
            } else {
                copies++;
                for (MentionRow m : stories.copyMentions(c, place.story(), articleId, a, site, now)) {
                    mentions.add(m);
                    mentionCount++;
                }
            }
        }
        // Events go in before their mentions: the writer's order is the order a reader could see.
        events.executeBatch();
        mentions.executeBatch();
        return new Stored(true, r.articles().size(), copies, eventCount, mentionCount);
    }

    private static void insertSentences(WriterConnection c, long articleId, List<AnnotatedSentence> sentences) throws SQLException {
        if (sentences.isEmpty()) return;
        RowBinder.Insert<SentenceRow> insert = c.insert(SentenceRow.COLUMNS);
        for (AnnotatedSentence s : sentences) insert.add(new SentenceRow(articleId, s));
        insert.executeBatch();
    }
}
