package org.tessera.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index: one Lucene document per sentence of each story's first article, carrying
 * the sentence, the article title and its events' actors, codes, words and dates. It is derived
 * from the database and never ahead of it: {@link #sync} indexes every article committed after
 * the id recorded in the last Lucene commit, keyed by (article, sentence) so indexing twice
 * replaces rather than adds. A crash between the two commits is repaired by the next sync.
 */
final class LuceneIndex implements AutoCloseable {
    private static final String UPTO = "tessera.indexed_upto_article";
    private static final String[] SEARCH_FIELDS = {"text", "title", "event"};

    private final FSDirectory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private long indexedUpto;

    private LuceneIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        long upto = -1;
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) for (var e : data) if (e.getKey().equals(UPTO)) upto = Long.parseLong(e.getValue());
        this.indexedUpto = upto;
    }

    static LuceneIndex open(Path dir) throws IOException {
        FSDirectory d = FSDirectory.open(dir);
        IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try {
            IndexWriter w = new IndexWriter(d, cfg);
            w.commit(); // an empty index must exist for the first searcher
            return new LuceneIndex(d, w);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** Indexes every story-first article committed since the last sync, then commits. */
    synchronized void sync(EventStore store) {
        try (Connection c = store.connection()) {
            long upto = indexedUpto;
            Map<String, Document> docs = new HashMap<>();
            List<String> order = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.article_id, s.sentence_index, s.text, a.title, a.pub_date FROM sentences s
                    JOIN articles a ON a.article_id = s.article_id
                    WHERE s.article_id > ? AND a.article_id > ? AND a.story_id = a.article_id AND a.skipped IS NULL
                    ORDER BY s.article_id, s.sentence_index""")) {
                // The bound on both sides lets DuckDB skip the indexed part of each table, not only of sentences.
                ps.setLong(1, indexedUpto);
                ps.setLong(2, indexedUpto);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long article = rs.getLong(1);
                        int sentence = rs.getInt(2);
                        String key = article + ":" + sentence;
                        Document d = new Document();
                        d.add(new StringField("key", key, Field.Store.NO));
                        d.add(new StoredField("article_id", article));
                        d.add(new StoredField("sentence_index", sentence));
                        d.add(new TextField("text", nz(rs.getString(3)), Field.Store.NO));
                        d.add(new TextField("title", nz(rs.getString(4)), Field.Store.NO));
                        java.sql.Date pub = rs.getDate(5);
                        if (pub != null) d.add(new LongPoint("day", day(pub.toLocalDate())));
                        docs.put(key, d);
                        order.add(key);
                        upto = Math.max(upto, article);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT article_id, sentence_index, source_code, source_country, target_code, target_country, cameo,
                           concat_ws(' ', source_text, source_name, target_text, target_name, action_text, cameo_name), event_date
                    FROM events WHERE article_id > ? AND article_id <= ?""")) {
                ps.setLong(1, indexedUpto);
                ps.setLong(2, upto);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Document d = docs.get(rs.getLong(1) + ":" + rs.getInt(2));
                        if (d == null) continue;
                        for (int col : new int[] {3, 4, 5, 6}) {
                            String v = rs.getString(col);
                            if (v != null && !v.isEmpty()) d.add(new StringField("actor", v, Field.Store.NO));
                        }
                        d.add(new StringField("cameo", rs.getString(7), Field.Store.NO));
                        d.add(new TextField("event", nz(rs.getString(8)), Field.Store.NO));
                        java.sql.Date day = rs.getDate(9);
                        if (day != null) d.add(new LongPoint("day", day(day.toLocalDate())));
                    }
                }
            }
            for (String key : order) writer.updateDocument(new Term("key", key), docs.get(key));
            if (upto != indexedUpto || writer.hasUncommittedChanges()) {
                writer.setLiveCommitData(Map.of(UPTO, Long.toString(upto)).entrySet());
                writer.commit();
                indexedUpto = upto;
            }
            searchers.maybeRefresh();
        } catch (SQLException e) {
            throw new StoreException("indexing: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("indexing: " + e, e);
        }
    }

    long indexedUpto() {
        return indexedUpto;
    }

    List<SearchHit> search(EventStore store, String text, EventQuery filter, int limit) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (text == null || text.isBlank()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            try {
                b.add(new MultiFieldQueryParser(SEARCH_FIELDS, analyzer).parse(text), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot read the query \"" + text + "\": " + firstLine(e.getMessage()));
            }
        }
        if (filter.actor() != null && !filter.actor().isEmpty())
            b.add(new TermQuery(new Term("actor", filter.actor())), BooleanClause.Occur.FILTER);
        for (String side : new String[] {filter.source(), filter.target()})
            if (side != null && !side.isEmpty()) b.add(new TermQuery(new Term("actor", side)), BooleanClause.Occur.FILTER);
        if (filter.codePrefix() != null && !filter.codePrefix().isEmpty())
            b.add(new PrefixQuery(new Term("cameo", filter.codePrefix())), BooleanClause.Occur.FILTER);
        if (filter.from() != null || filter.to() != null) {
            long f = filter.from() == null ? Long.MIN_VALUE : day(filter.from());
            long t = filter.to() == null ? Long.MAX_VALUE : day(filter.to());
            b.add(LongPoint.newRangeQuery("day", f, t), BooleanClause.Occur.FILTER);
        }
        Query q = b.build();
        boolean filtersEvents = filter.actor() != null || filter.source() != null || filter.target() != null
                || filter.codePrefix() != null || filter.quad() != 0 || !filter.modalities().isEmpty();
        List<SearchHit> hits = new ArrayList<>();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(q, limit);
                List<long[]> sentences = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = s.storedFields().document(sd.doc);
                    sentences.add(new long[] {d.getField("article_id").numericValue().longValue(), d.getField("sentence_index").numericValue().intValue()});
                }
                // Two queries for the whole page, not two per hit.
                Map<String, List<StoredEvent>> events = store.sentenceEvents(sentences);
                Map<String, SearchHit> rows = hits(store, sentences);
                for (int i = 0; i < sentences.size(); i++) {
                    String key = sentences.get(i)[0] + ":" + sentences.get(i)[1];
                    SearchHit row = rows.get(key);
                    if (row == null) continue;
                    List<StoredEvent> evs = events.getOrDefault(key, List.of());
                    if (filtersEvents) evs = evs.stream().filter(filter::accepts).toList();
                    hits.add(new SearchHit(row.articleId(), row.doc(), row.article(), row.sentenceIndex(), row.sentence(), row.title(), row.url(),
                            row.date(), top.scoreDocs[i].score, evs));
                }
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException("search: " + e, e);
        }
        return hits;
    }

    /**
     * The article and sentence of each hit, keyed "article:sentence", without events or score yet.
     * One equality look-up per sentence and per article, joined by UNION ALL: ids grow with
     * insertion, so DuckDB's zone maps narrow each look-up to the row group holding it, where an
     * IN list (or a join) scans every sentence. At a million events, for 60 hits: 26-41 ms
     * against 170-230 ms. The look-ups cost in proportion to the hits and the scan does not, so a
     * deep page (past {@link #LOOKUPS_AT_MOST} hits) is read by the scan.
     */
    static Map<String, SearchHit> hits(EventStore store, List<long[]> sentences) {
        Map<String, SearchHit> out = new HashMap<>();
        if (sentences.isEmpty()) return out;
        if (sentences.size() > LOOKUPS_AT_MOST) return scanned(store, sentences);
        List<Object> articles = sentences.stream().map(s -> (Object) s[0]).distinct().toList();
        Map<Long, Object[]> byArticle = new HashMap<>();
        store.query("search", String.join(" UNION ALL ", java.util.Collections.nCopies(articles.size(),
                        "SELECT article_id, doc_id, article_index, title, url, pub_date FROM articles WHERE article_id = ?")),
                ps -> EventStore.bind(ps, articles), rs -> {
                    java.sql.Date pub = rs.getDate(6);
                    return byArticle.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getInt(3), nz(rs.getString(4)), nz(rs.getString(5)),
                            pub == null ? null : pub.toLocalDate()});
                });
        List<Object> keys = new ArrayList<>();
        for (long[] s : sentences) {
            keys.add(s[0]);
            keys.add(s[1]);
        }
        store.query("search", String.join(" UNION ALL ", java.util.Collections.nCopies(sentences.size(),
                        "SELECT article_id, sentence_index, text FROM sentences WHERE article_id = ? AND sentence_index = ?")),
                ps -> EventStore.bind(ps, keys), rs -> {
                    long article = rs.getLong(1);
                    Object[] a = byArticle.get(article);
                    String key = article + ":" + rs.getInt(2);
                    if (a != null)
                        out.put(key, new SearchHit(article, (String) a[0], (Integer) a[1], rs.getInt(2), rs.getString(3), (String) a[2],
                                (String) a[3], (LocalDate) a[4], 0, List.of()));
                    return key;
                });
        return out;
    }

    private static final int LOOKUPS_AT_MOST = 200;

    /** As {@link #hits}, by one scan of the sentences of the hits' articles. */
    static Map<String, SearchHit> scanned(EventStore store, List<long[]> sentences) {
        Map<String, SearchHit> out = new HashMap<>();
        List<Object> articles = sentences.stream().map(s -> (Object) s[0]).distinct().toList();
        Set<String> wanted = new HashSet<>();
        for (long[] s : sentences) wanted.add(s[0] + ":" + s[1]);
        String in = EventStore.placeholders(articles.size());
        List<Object> params = new ArrayList<>(articles);
        params.addAll(articles);
        store.query("search", """
                SELECT s.article_id, s.sentence_index, a.doc_id, a.article_index, s.text, a.title, a.url, a.pub_date FROM sentences s
                JOIN articles a ON a.article_id = s.article_id WHERE s.article_id IN (%s) AND a.article_id IN (%s)""".formatted(in, in),
                ps -> EventStore.bind(ps, params), rs -> {
                    String key = rs.getLong(1) + ":" + rs.getInt(2);
                    if (wanted.contains(key))
                        out.put(key, new SearchHit(rs.getLong(1), rs.getString(3), rs.getInt(4), rs.getInt(2), rs.getString(5), nz(rs.getString(6)),
                                nz(rs.getString(7)), rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), 0, List.of()));
                    return key;
                });
        return out;
    }

    static long day(LocalDate d) {
        return d.getYear() * 10000L + d.getMonthValue() * 100L + d.getDayOfMonth();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
            analyzer.close();
        }
    }
}
