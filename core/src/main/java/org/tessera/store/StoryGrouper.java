package org.tessera.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tessera.dedup.LshBands;
import org.tessera.dedup.MinHasher;
import org.tessera.dedup.NearDuplicates;
import org.tessera.model.Article;
import org.tessera.pipeline.ArticleResult;
import org.tessera.store.StoreRows.BandRow;
import org.tessera.store.StoreRows.MentionRow;

/**
 * Groups reposts and near-copies into stories. A coded article long enough to compare is MinHashed
 * and looked up, through LSH band keys kept in the database (so grouping survives restarts),
 * among the first articles of earlier stories; the most similar one above the threshold is its
 * story. Otherwise it starts a story of its own and its band keys are stored for later articles.
 * A copy stores no events of its own: it adds one mention to each of its story's events. This is
 * why a copy found before annotation ({@link org.tessera.pipeline.CopyFinder}, asking
 * {@link EventStore#codedArticles}) need not be annotated at all: its own events would be dropped.
 */
final class StoryGrouper {
    private static final String STORY_EVENTS =
            "SELECT event_id, sentence, confidence, sentence_index FROM events WHERE article_id = ? ORDER BY event_id";

    private final NearDuplicates dedup = NearDuplicates.defaults();
    private final MinHasher minHasher = dedup.minHasher();
    private final LshBands bands = dedup.bands();
    /**
     * First articles sharing a band key: the keys bound as one array, which DuckDB answers with one
     * scan of the index on {@code lsh.band_key} (a semi-join whose keys it pushes into the index).
     * Measured on DuckDB 1.4 (2-core machine, 32 bands): about 1.1 ms at 165,000 band rows and
     * 1.5 ms at 7.7 million (a store of 930,000 events), where an IN list of the keys took
     * 2.2-2.3 ms and one index look-up per band, UNION ALL, 7-12 ms and growing with the index;
     * so one plan serves every size.
     */
    private static final String CANDIDATES = "SELECT DISTINCT article_id FROM lsh WHERE band_key = ANY(?::BIGINT[]) ORDER BY article_id";
    /**
     * Their signatures, looked up by primary key a few at a time (a short list padded with its
     * last id): a join or IN-subquery here would make DuckDB scan every article's signature.
     */
    private static final int SIGNATURES_AT_ONCE = 8;
    private static final String SIGNATURES = "SELECT article_id, story_id, minhash, "
            + "CASE WHEN coalesce(url, '') = '' THEN doc_id || '#' || article_index ELSE url END FROM articles WHERE article_id IN ("
            + String.join(",", Collections.nCopies(SIGNATURES_AT_ONCE, "?")) + ")";

    /**
     * Where an article goes: its story and how similar it is to the story's first article.
     * {@code signature} is null for an article that was not compared (skipped, or too short).
     */
    record Placement(long story, double similarity, long[] signature) {
        boolean startsStory(long articleId) {
            return story == articleId;
        }

        /** The signature to store with the article: only a story's first article is compared with later ones. */
        long[] kept(long articleId) {
            return startsStory(articleId) ? signature : null;
        }
    }

    Placement place(WriterConnection c, long articleId, ArticleResult ar) throws SQLException {
        String text = ar.article().text();
        if (!ar.wasCoded() || !dedup.comparable(text)) return new Placement(articleId, 1.0, null);
        long[] sig = minHasher.signature(dedup.shingles().of(text));
        Match best = nearest(c.statement(CANDIDATES), c.statement(SIGNATURES), sig);
        return best == null ? new Placement(articleId, 1.0, sig) : new Placement(best.story(), best.similarity(), sig);
    }

    /** A story's first article that a text is similar enough to: its id, its story and its URL (or document id and index). */
    record Match(long article, long story, String label, double similarity) {
    }

    /**
     * The story first article most similar to {@code sig} at or above the threshold (the earliest of
     * equals), or null: the one test both the writer and the look-up before annotation run.
     * {@code candidates} finds the first articles sharing a band key, {@code signatures} reads theirs.
     */
    Match nearest(PreparedStatement candidates, PreparedStatement signatures, long[] sig) throws SQLException {
        List<Long> ids = new ArrayList<>();
        long[] keys = bands.keys(sig);
        Long[] boxed = new Long[keys.length];
        for (int i = 0; i < keys.length; i++) boxed[i] = keys[i];
        candidates.setObject(1, candidates.getConnection().createArrayOf("BIGINT", boxed));
        try (ResultSet rs = candidates.executeQuery()) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        Match best = null;
        for (int from = 0; from < ids.size(); from += SIGNATURES_AT_ONCE) {
            for (int i = 0; i < SIGNATURES_AT_ONCE; i++) signatures.setLong(i + 1, ids.get(Math.min(ids.size() - 1, from + i)));
            Map<Long, Match> found = new TreeMap<>(); // in article order, so ties go to the earliest story
            try (ResultSet rs = signatures.executeQuery()) {
                while (rs.next()) {
                    byte[] other = rs.getBytes(3);
                    if (other == null) continue;
                    found.put(rs.getLong(1), new Match(rs.getLong(1), rs.getLong(2), rs.getString(4), MinHasher.similarity(sig, MinHasher.fromBytes(other))));
                }
            }
            for (Match m : found.values())
                if (m.similarity() >= dedup.threshold() && (best == null || m.similarity() > best.similarity())) best = m;
        }
        return best;
    }

    /** The signatures' look-up of {@link #nearest} as SQL, for a reader's own connection. */
    String signaturesSql() {
        return SIGNATURES;
    }

    /** The candidates' look-up of {@link #nearest} as SQL, for a reader's own connection: the band keys as one array. */
    String candidatesSql() {
        return CANDIDATES;
    }

    /** Stores the band keys of a story's first article, by which later copies find it. */
    void remember(WriterConnection c, long articleId, long[] signature) throws SQLException {
        RowBinder.Insert<BandRow> insert = c.insert(BandRow.COLUMNS);
        long[] keys = bands.keys(signature);
        for (long k : keys) insert.add(new BandRow(k, articleId));
        insert.executeBatch();
    }

    /**
     * A copy's mention of each event of its story. Where the copy repeats the event's sentence
     * unchanged, the mention gives that sentence's place in the copy's text and its number in the
     * story's first article; else no position (-1). Found in the copy's text, not in its
     * annotation, so a copy recorded without being annotated gets the very mentions that
     * annotating it would have given.
     */
    List<MentionRow> copyMentions(WriterConnection c, long story, long articleId, Article a, String site, Timestamp now)
            throws SQLException {
        List<MentionRow> out = new ArrayList<>();
        PreparedStatement ps = c.statement(STORY_EVENTS);
        ps.setLong(1, story);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String sentence = rs.getString(2);
                int at = sentence == null || sentence.isEmpty() ? -1 : a.text().indexOf(sentence);
                int start = -1, end = -1, index = -1;
                if (at >= 0) {
                    index = rs.getInt(4);
                    start = a.offset() + at;
                    end = start + sentence.length();
                }
                out.add(new MentionRow(rs.getLong(1), articleId, index, start, end, site, a, rs.getDouble(3), now));
            }
        }
        return out;
    }
}
