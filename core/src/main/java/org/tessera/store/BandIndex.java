package org.tessera.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tessera.dedup.KeyFilter;

/**
 * The writer's way into the {@code lsh} table (band key, story first article): which first
 * articles share a band key with a new article. The table stays the truth (grouping survives
 * restarts); in front of it sit two things held in memory for one writer connection's life.
 * A {@link KeyFilter} of every key in the table answers "no such key" for most keys without a
 * query, so an article that copies nothing costs nothing however large the table grows. A bounded
 * map of recently seen keys, each with all the articles the table holds for it, answers a copy of
 * a recent story (which is what syndication mostly is) without a query too. Only keys the filter
 * may hold and the map does not know are looked up, all in one statement.
 *
 * <p>Before both, a look-up per key through the index on {@code lsh.band_key} cost 7–12 ms a
 * document at 7.7 million band rows and took half the ingest rate of a million-event store.
 * The answers are the table's: the filter has no false "no", the map's entries are complete.
 */
final class BandIndex {
    /** Keys the recent map holds at most (about 4,000 stories' worth; some 10 MiB). */
    static final int RECENT_KEYS = 1 << 17;
    /** The filter's smallest size; it is rebuilt at twice the table's rows when it fills. */
    private static final long MIN_CAPACITY = 1 << 20;
    private static final String ALL_KEYS = "SELECT band_key FROM lsh";

    private final StoryGrouper.CandidateSql sql;
    private final long minCapacity;
    private KeyFilter filter;
    private long rows;
    /** Per key every first article the table holds for it, the most recently used last. */
    private final Map<Long, long[]> recent;

    private BandIndex(StoryGrouper.CandidateSql sql, long minCapacity, int recentKeys) {
        this.sql = sql;
        this.minCapacity = minCapacity;
        this.recent = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, long[]> eldest) {
                return size() > recentKeys;
            }
        };
    }

    /** Reads every key of the table through {@code c} (whose uncommitted rows count too). */
    static BandIndex load(WriterConnection c, StoryGrouper.CandidateSql sql) throws SQLException {
        return load(c, sql, MIN_CAPACITY, RECENT_KEYS);
    }

    /** As {@link #load(WriterConnection, StoryGrouper.CandidateSql)}, with a filter that starts at {@code minCapacity} keys and room for {@code recentKeys}. */
    static BandIndex load(WriterConnection c, StoryGrouper.CandidateSql sql, long minCapacity, int recentKeys) throws SQLException {
        BandIndex index = new BandIndex(sql, minCapacity, recentKeys);
        index.rebuildFilter(c);
        return index;
    }

    private void rebuildFilter(WriterConnection c) throws SQLException {
        // Counted first so that the filter is sized once: a count is cheaper than a second filter.
        long count = StoryGrouper.bandRows(c.statement(StoryGrouper.bandRowsSql()));
        KeyFilter f = new KeyFilter(Math.max(minCapacity, 2 * count));
        try (ResultSet rs = c.statement(ALL_KEYS).executeQuery()) {
            while (rs.next()) f.add(rs.getLong(1));
        }
        filter = f;
        rows = count;
    }

    /** The band rows the table holds, the writer's own uncommitted ones included. */
    long rows() {
        return rows;
    }

    /** How many keys the filter is sized for now (it grows as the table does). */
    long filterCapacity() {
        return filter.capacity();
    }

    /** The first articles sharing any of {@code keys}, in id order, each once. */
    List<Long> candidates(WriterConnection c, long[] keys) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        List<Long> unknown = new ArrayList<>();
        for (long k : keys) {
            if (!filter.mightContain(k)) continue;
            long[] known = recent.get(k);
            if (known != null) for (long id : known) ids.add(id);
            else unknown.add(k);
        }
        if (!unknown.isEmpty()) {
            Map<Long, List<Long>> found = new LinkedHashMap<>();
            for (Long k : unknown) found.put(k, new ArrayList<>());
            PreparedStatement ps = c.statement(sql.of(rows, unknown.size()));
            for (int i = 0; i < unknown.size(); i++) ps.setLong(i + 1, unknown.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) found.get(rs.getLong(1)).add(rs.getLong(2));
            }
            for (Map.Entry<Long, List<Long>> e : found.entrySet()) {
                ids.addAll(e.getValue());
                recent.put(e.getKey(), e.getValue().stream().mapToLong(Long::longValue).toArray());
            }
        }
        return List.copyOf(ids);
    }

    /** Records the band keys of a new story first article, which {@link StoryGrouper#remember} has just inserted. */
    void added(WriterConnection c, long articleId, long[] keys) throws SQLException {
        for (long k : keys) {
            boolean seen = filter.mightContain(k);
            long[] known = recent.get(k);
            if (known != null) {
                long[] more = Arrays.copyOf(known, known.length + 1);
                more[known.length] = articleId;
                recent.put(k, more);
            } else if (!seen) {
                // A key the table did not hold: the article is all it holds for it now.
                recent.put(k, new long[] {articleId});
            }
            filter.add(k);
        }
        rows += keys.length;
        if (filter.full()) rebuildFilter(c);
    }
}
