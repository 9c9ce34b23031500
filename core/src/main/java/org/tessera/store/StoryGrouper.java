package org.tessera.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tessera.dedup.LshBands;
import org.tessera.dedup.MinHasher;
import org.tessera.dedup.NearDuplicates;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.pipeline.ArticleResult;
import org.tessera.store.StoreRows.BandRow;
import org.tessera.store.StoreRows.MentionRow;

/**
 * Groups reposts and near-copies into stories. A coded article long enough to compare is MinHashed
 * and looked up, through LSH band keys kept in the database (so grouping survives restarts),
 * among the first articles of earlier stories; the most similar one above the threshold is its
 * story. Otherwise it starts a story of its own and its band keys are stored for later articles.
 * A copy stores no events of its own: it adds one mention to each of its story's events.
 */
final class StoryGrouper {
    private static final String STORY_EVENTS =
            "SELECT event_id, sentence, confidence FROM events WHERE article_id = ? ORDER BY event_id";

    private final NearDuplicates dedup = NearDuplicates.defaults();
    private final MinHasher minHasher = dedup.minHasher();
    private final LshBands bands = dedup.bands();
    /** First articles sharing a band key: the index on {@code lsh.band_key} finds them without a scan. */
    private final String candidates = "SELECT DISTINCT article_id FROM lsh WHERE band_key IN ("
            + String.join(",", Collections.nCopies(bands.bands(), "?")) + ") ORDER BY article_id";
    /**
     * Their signatures, looked up by primary key a few at a time (a short list padded with its
     * last id): a join or IN-subquery here would make DuckDB scan every article's signature.
     */
    private static final int SIGNATURES_AT_ONCE = 8;
    private static final String SIGNATURES = "SELECT article_id, story_id, minhash FROM articles WHERE article_id IN ("
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
        Placement best = null;
        List<Long> ids = new ArrayList<>();
        PreparedStatement ps = c.statement(candidates);
        long[] keys = bands.keys(sig);
        for (int i = 0; i < keys.length; i++) ps.setLong(i + 1, keys[i]);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        PreparedStatement sigs = c.statement(SIGNATURES);
        for (int from = 0; from < ids.size(); from += SIGNATURES_AT_ONCE) {
            for (int i = 0; i < SIGNATURES_AT_ONCE; i++) sigs.setLong(i + 1, ids.get(Math.min(ids.size() - 1, from + i)));
            Map<Long, Placement> found = new TreeMap<>(); // in article order, so ties go to the earliest story as before
            try (ResultSet rs = sigs.executeQuery()) {
                while (rs.next()) {
                    byte[] other = rs.getBytes(3);
                    if (other == null) continue;
                    found.put(rs.getLong(1), new Placement(rs.getLong(2), MinHasher.similarity(sig, MinHasher.fromBytes(other)), sig));
                }
            }
            for (Placement p : found.values())
                if (p.similarity() >= dedup.threshold() && (best == null || p.similarity() > best.similarity())) best = p;
        }
        return best == null ? new Placement(articleId, 1.0, sig) : best;
    }

    /** Stores the band keys of a story's first article, by which later copies find it. */
    void remember(WriterConnection c, long articleId, long[] signature) throws SQLException {
        RowBinder.Insert<BandRow> insert = c.insert(BandRow.COLUMNS);
        for (long k : bands.keys(signature)) insert.add(new BandRow(k, articleId));
        insert.executeBatch();
    }

    /**
     * A copy's mention of each event of its story: at the copy's own sentence when the copy has the
     * event's sentence unchanged, else without a position (-1).
     */
    List<MentionRow> copyMentions(WriterConnection c, long story, long articleId, Article a, List<AnnotatedSentence> sentences,
                                  String site, Timestamp now) throws SQLException {
        Map<String, Integer> byText = new HashMap<>();
        for (AnnotatedSentence s : sentences) byText.putIfAbsent(s.text(), s.index());
        List<MentionRow> out = new ArrayList<>();
        PreparedStatement ps = c.statement(STORY_EVENTS);
        ps.setLong(1, story);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Integer idx = byText.get(rs.getString(2));
                int start = -1, end = -1, sentence = -1;
                if (idx != null) {
                    AnnotatedSentence s = sentences.get(idx);
                    sentence = idx;
                    start = a.offset() + s.begin();
                    end = a.offset() + s.end();
                }
                out.add(new MentionRow(rs.getLong(1), articleId, sentence, start, end, site, a, rs.getDouble(3), now));
            }
        }
        return out;
    }
}
