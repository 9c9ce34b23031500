package org.tessera.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
import org.tessera.tone.ToneScorer;

/**
 * The store's single writer: a document is either fully stored or absent, whatever kills the
 * process. {@link #write} commits each document on its own; {@link #stage} lets several documents
 * share one transaction (see {@link Batch}), which is what pays when documents come faster than a
 * DuckDB commit (tens of milliseconds). Documents are keyed by id and content hash: the same bytes
 * under the same id are stored once. Each article is placed in a story by {@link StoryGrouper}; a
 * near-duplicate joins an earlier story and adds mentions to its events instead of events of its
 * own (which is all a copy found before annotation records: see
 * {@link org.tessera.pipeline.ArticleResult#isCopy()}). Rows are built as {@link StoreRows} and bound by their named columns.
 *
 * <p>Synchronised: one document at a time, in the order given, which also keeps ids deterministic.
 * The writer keeps one {@link WriterConnection} (with its prepared statements and the next free
 * ids) for its whole life; any failure drops it, so the next document starts from a clean
 * connection and ids re-read from the tables. A document that fails inside a shared transaction
 * takes the others down with it in DuckDB (which has no savepoints), so the writer rolls back and
 * stores the documents staged before it again, in the same order and so with the same ids.
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
    private final ToneScorer tone = ToneScorer.afinn165();
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

    /**
     * How many documents one transaction may take: at most {@code documents}, and a document is
     * committed with the next one once {@code millis} have passed since the transaction's first.
     * A kill loses at most one transaction, which a resumed ingest stores again.
     */
    public record Batch(int documents, long millis) {
        /** One document per transaction. */
        public static final Batch ONE = new Batch(1, 0);
        /** What an ingest uses: commits are amortised when documents come fast, immediate when they come slowly. */
        public static final Batch DEFAULT = new Batch(64, 1000);

        public Batch {
            if (documents < 1) throw new IllegalArgumentException("a transaction holds at least one document, not " + documents);
            if (millis < 0) throw new IllegalArgumentException("millis must not be negative");
        }
    }

    /** A document written into the open transaction, with whom to tell once it commits. */
    private record Staged(RawDocument raw, DocumentResult result, Stored stored, Consumer<Stored> committed) {
    }

    private final List<Staged> staged = new ArrayList<>();
    private long firstStagedAt;

    /** Stores a processed document, committed at once, unless a document with the same key is already stored. */
    public synchronized Stored write(RawDocument raw, DocumentResult result) {
        Stored s = stage(raw, result, Batch.ONE, x -> {
        });
        commit();
        return s;
    }

    /**
     * Writes a processed document into the open transaction (unless one with the same key is
     * stored or staged) and commits the transaction when {@code batch} says it is full. {@code
     * committed} hears of the document once it is durable; until then a kill loses it.
     */
    public synchronized Stored stage(RawDocument raw, DocumentResult result, Batch batch, Consumer<Stored> committed) {
        Stored stored;
        try {
            stored = writeOne(raw, result);
        } catch (StoreException e) {
            restage();
            throw e;
        }
        if (stored.added()) {
            if (staged.isEmpty()) firstStagedAt = System.nanoTime();
            staged.add(new Staged(raw, result, stored, committed));
            if (staged.size() >= batch.documents() || System.nanoTime() - firstStagedAt >= batch.millis() * 1_000_000) commit();
        }
        return stored;
    }

    /** Commits the open transaction and tells each of its documents; the search index follows every {@value #INDEX_EVERY} documents. */
    public synchronized void commit() {
        if (staged.isEmpty()) return;
        List<Staged> done = List.copyOf(staged);
        staged.clear();
        try {
            open.commit();
        } catch (SQLException e) {
            dropConnection();
            throw new StoreException(done.get(0).raw().origin() + " and " + (done.size() - 1)
                    + " documents after it: cannot commit: " + e.getMessage(), e);
        }
        for (Staged s : done) s.committed().accept(s.stored());
        sinceIndex += done.size();
        if (sinceIndex >= INDEX_EVERY) indexCommitted();
    }

    private Stored writeOne(RawDocument raw, DocumentResult result) {
        String hash = contentHash(raw.content());
        String key = documentKey(raw.id(), hash);
        try {
            if (open == null) open = WriterConnection.open(store);
            try {
                return write(open, key, hash, raw, result);
            } catch (SQLException | RuntimeException e) {
                // The ids this document took are re-read from the tables when the connection reopens.
                dropConnection();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(raw.origin() + ": cannot store: " + e.getMessage(), e);
        }
    }

    /** After a failed document: the documents staged before it, rolled back with it, are written again and committed. */
    private void restage() {
        List<Staged> again = List.copyOf(staged);
        staged.clear();
        for (Staged s : again) {
            Stored redone = writeOne(s.raw(), s.result());
            staged.add(new Staged(s.raw(), s.result(), redone, s.committed()));
        }
        commit();
    }

    private void dropConnection() {
        WriterConnection c = open;
        open = null;
        if (c != null) c.rollbackAndClose();
    }

    /** Commits what is staged, then closes the writer's connection; a later write opens a new one. Called by {@link EventStore#close}. */
    @Override
    public synchronized void close() {
        try {
            commit();
        } finally {
            WriterConnection c = open;
            open = null;
            if (c != null) c.close();
        }
    }

    /** Commits what is staged, then brings the search index up to date with the database and commits it. */
    public synchronized void flush() {
        commit();
        indexCommitted();
    }

    private void indexCommitted() {
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
                    place.kept(articleId), tone.score(a.text()), now));
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

    /** An imported GDELT event row: its key (a hash of the raw row), where it was read, what it says and the raw row itself. */
    record ImportedEvent(String key, String file, long line, GdeltRowEvent.Read read, String raw) {
    }

    /** An imported GDELT mention row, tied to an event of the store ({@code eventId}) or to none (null). */
    record ImportedMention(String key, String file, long line, long gdeltId, Long eventId, String raw) {
    }

    private static final String IMPORTED_EVENT_INSERT = "INSERT INTO imported_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String IMPORTED_MENTION_INSERT = "INSERT INTO imported_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String NEXT_MENTION_NO = "SELECT coalesce(max(mention_no), 0) + 1 FROM imported_mentions";

    /**
     * Stores imported GDELT rows in one transaction, after committing what is staged: each event
     * takes the writer's next event id, as a coded one would. Returns the ids given, in order.
     */
    synchronized List<Long> importRows(List<ImportedEvent> events, List<ImportedMention> mentions) {
        commit();
        try {
            if (open == null) open = WriterConnection.open(store);
            try {
                List<Long> ids = importRows(open, events, mentions);
                open.commit();
                return ids;
            } catch (SQLException | RuntimeException e) {
                dropConnection();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("import: cannot store: " + e.getMessage(), e);
        }
    }

    private List<Long> importRows(WriterConnection c, List<ImportedEvent> events, List<ImportedMention> mentions) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> ids = new ArrayList<>(events.size());
        if (!events.isEmpty()) {
            RowBinder.Insert<EventRow> rows = c.insert(EventRow.COLUMNS);
            PreparedStatement imported = c.statement(IMPORTED_EVENT_INSERT);
            for (ImportedEvent ie : events) {
                long id = c.takeEventId();
                ids.add(id);
                Event e = ie.read().event();
                rows.add(new EventRow(id, 0, -1, e, json.toLine(e), now));
                int i = 1;
                imported.setLong(i++, id);
                imported.setString(i++, ie.key());
                imported.setLong(i++, ie.read().gdeltId());
                imported.setString(i++, ie.file());
                imported.setLong(i++, ie.line());
                imported.setInt(i++, ie.read().numMentions());
                imported.setInt(i++, ie.read().numSources());
                imported.setInt(i++, ie.read().numArticles());
                imported.setString(i++, ie.raw());
                imported.setTimestamp(i, now);
                imported.addBatch();
            }
            rows.executeBatch();
            imported.executeBatch();
        }
        if (!mentions.isEmpty()) {
            long next;
            try (ResultSet rs = c.statement(NEXT_MENTION_NO).executeQuery()) {
                rs.next();
                next = rs.getLong(1);
            }
            PreparedStatement insert = c.statement(IMPORTED_MENTION_INSERT);
            for (ImportedMention m : mentions) {
                int i = 1;
                insert.setLong(i++, next++);
                insert.setString(i++, m.key());
                insert.setObject(i++, m.eventId());
                insert.setLong(i++, m.gdeltId());
                insert.setString(i++, m.file());
                insert.setLong(i++, m.line());
                insert.setString(i++, m.raw());
                insert.setTimestamp(i, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids;
    }

    private static void insertSentences(WriterConnection c, long articleId, List<AnnotatedSentence> sentences) throws SQLException {
        if (sentences.isEmpty()) return;
        RowBinder.Insert<SentenceRow> insert = c.insert(SentenceRow.COLUMNS);
        for (AnnotatedSentence s : sentences) insert.add(new SentenceRow(articleId, s));
        insert.executeBatch();
    }
}
