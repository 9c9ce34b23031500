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
import java.util.TreeSet;
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
     * The SQL that reads the band rows of some keys, two ways. DuckDB answers {@code band_key IN
     * (...)} with a scan of the whole table: 2-3.5 ms at a million band rows (a store of 100,000
     * events), growing with the table. {@code band_key = ?} goes through the index on {@code
     * lsh.band_key}; one such look-up per band costs about 7 ms for 32 together, whatever the
     * size. So the scan is used while the table is small and the look-ups beyond {@link
     * #SCAN_LIMIT} rows; both give the same rows. The writer asks only for the keys its {@link
     * BandIndex} cannot answer itself.
     */
    @FunctionalInterface
    interface CandidateSql {
        String of(long tableRows, int keys);
    }

    static final CandidateSql CANDIDATE_SQL = (tableRows, keys) -> tableRows < StoryGrouper.SCAN_LIMIT
            ? "SELECT band_key, article_id FROM lsh WHERE band_key IN (" + String.join(",", Collections.nCopies(keys, "?")) + ")"
            : String.join(" UNION ALL ", Collections.nCopies(keys, "SELECT band_key, article_id FROM lsh WHERE band_key = ?"));
    /** Band rows beyond which the index look-ups are the cheaper (measured on DuckDB 1.4 with 32 bands). */
    static final long SCAN_LIMIT = 2_000_000;
    private static final String BAND_ROWS = "SELECT count(*) FROM lsh";
    /** The writer's band index and the connection it was read through (a new connection reads it again). */
    private BandIndex index;
    private WriterConnection indexedOn;

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
        BandIndex bandIndex = index(c);
        Match best = nearest(keys -> bandIndex.candidates(c, keys), c.statement(SIGNATURES), sig);
        return best == null ? new Placement(articleId, 1.0, sig) : new Placement(best.story(), best.similarity(), sig);
    }

    /** A story's first article that a text is similar enough to: its id, its story and its URL (or document id and index). */
    record Match(long article, long story, String label, double similarity) {
    }

    private BandIndex index(WriterConnection c) throws SQLException {
        if (indexedOn != c) {
            index = BandIndex.load(c, CANDIDATE_SQL);
            indexedOn = c;
        }
        return index;
    }

    /** The story first articles sharing any of some band keys, in id order, each once. */
    @FunctionalInterface
    interface Candidates {
        List<Long> sharing(long[] keys) throws SQLException;
    }

    /** {@link Candidates} from the table alone, for a reader's own connection: {@code lookup} is {@link #CANDIDATE_SQL} for all bands. */
    static Candidates fromTable(PreparedStatement lookup) {
        return keys -> {
            for (int i = 0; i < keys.length; i++) lookup.setLong(i + 1, keys[i]);
            TreeSet<Long> ids = new TreeSet<>();
            try (ResultSet rs = lookup.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(2));
            }
            return List.copyOf(ids);
        };
    }

    /**
     * The story first article most similar to {@code sig} at or above the threshold (the earliest of
     * equals), or null: the one test both the writer and the look-up before annotation run.
     * {@code candidates} finds the first articles sharing a band key, {@code signatures} reads theirs.
     */
    Match nearest(Candidates candidates, PreparedStatement signatures, long[] sig) throws SQLException {
        List<Long> ids = candidates.sharing(bands.keys(sig));
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

    /** The candidates' look-up of {@link #fromTable} as SQL, all bands, for a store of that many band rows. */
    String candidatesSql(long rows) {
        return CANDIDATE_SQL.of(rows, bands.bands());
    }

    /** How many band rows the store holds, for {@link #candidatesSql}. */
    static long bandRows(PreparedStatement count) throws SQLException {
        try (ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The count of {@link #bandRows}, for a reader's own connection. */
    static String bandRowsSql() {
        return BAND_ROWS;
    }

    /** Stores the band keys of a story's first article, by which later copies find it. */
    void remember(WriterConnection c, long articleId, long[] signature) throws SQLException {
        RowBinder.Insert<BandRow> insert = c.insert(BandRow.COLUMNS);
        long[] keys = bands.keys(signature);
        for (long k : keys) insert.add(new BandRow(k, articleId));
        insert.executeBatch();
        index(c).added(c, articleId, keys);
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
