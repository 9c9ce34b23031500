package org.tessera.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tessera.cameo.CameoTable;

/**
 * Loads GDELT 2.0 event and mention tables into a store ({@code tessera import --format gdelt}):
 * our own exports and GDELT's downloads alike (see {@link GdeltFile}). Imported events sit beside
 * ours and answer the same queries; {@link Origin} tells them apart. Each row is keyed by a hash of
 * its bytes, so a file imported twice, or an import killed and run again, stores every row once.
 * A row that cannot be read costs only itself: one line on the progress stream names its file,
 * line and fault, and the rest is imported. Rows are stored a few thousand to a transaction.
 */
public final class GdeltImport {
    /** What an import did. */
    public record Result(long events, long eventsAlreadyStored, long mentions, long mentionsAlreadyStored, long mentionsWithoutEvent,
                         long badRows) {
    }

    private static final int BATCH = 2000;
    private static final int ERRORS_SHOWN = 20;
    private static final int MENTION_ID = GdeltFormat.MENTION_COLUMNS.indexOf("GLOBALEVENTID");

    private final EventStore store;
    private final PrintStream log;
    private final GdeltRowEvent reader = new GdeltRowEvent(CameoTable.load(), FipsCodes.bundled());

    public GdeltImport(EventStore store, PrintStream log) {
        this.store = Objects.requireNonNull(store);
        this.log = Objects.requireNonNull(log);
    }

    /**
     * Imports an events table and, when not null, its mentions table. A file that is not such a
     * table (missing, unreadable, another column count on its first row) fails the import with a
     * {@link StoreException} naming it before anything of it is stored.
     */
    public Result importFiles(Path events, Path mentions) {
        Objects.requireNonNull(events, "events");
        check(events, GdeltFormat.EVENT_COLUMNS.size(), "events");
        if (mentions != null) check(mentions, GdeltFormat.MENTION_COLUMNS.size(), "mentions");
        Counter n = new Counter();
        Map<Long, Long> ids = new HashMap<>();
        readEvents(events, ids, n);
        if (mentions != null) readMentions(mentions, ids, n);
        store.writer().flush();
        if (n.bad > ERRORS_SHOWN) log.println("tessera import: " + (n.bad - ERRORS_SHOWN) + " more rows could not be read");
        return new Result(n.events, n.eventsSeen, n.mentions, n.mentionsSeen, n.orphans, n.bad);
    }

    private static final class Counter {
        long events, eventsSeen, mentions, mentionsSeen, orphans, bad;
    }

    /** Rejects, with one line naming it, a file whose first data row is not of this table. */
    private static void check(Path file, int columns, String table) {
        if (!Files.isRegularFile(file)) throw new StoreException(file + ": no such file", null);
        String[] first = {null};
        try {
            new GdeltFile(file).read(l -> {
                if (first[0] == null) first[0] = l.text();
                throw new FirstRow();
            });
        } catch (FirstRow stop) {
            // read only as far as the first data row
        } catch (IOException | RuntimeException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (first[0] == null) return;
        int found = first[0].split("\t", -1).length;
        if (found != columns)
            throw new StoreException(file + ": its first row has " + found + " tab-separated columns, a GDELT 2.0 " + table
                    + " row has " + columns + (found == 57 || found == 58 ? " (a GDELT 1.0 file? only 2.0 is read)" : ""), null);
    }

    private static final class FirstRow extends RuntimeException {
        FirstRow() {
            super(null, null, false, false);
        }
    }

    private void readEvents(Path file, Map<Long, Long> ids, Counter n) {
        String name = file.getFileName().toString();
        List<StoreWriter.ImportedEvent> batch = new ArrayList<>();
        read(file, GdeltFormat.EVENT_COLUMNS.size(), n, (line, fields) -> {
            batch.add(new StoreWriter.ImportedEvent(key(line.text()), name, line.number(), reader.read(fields, name, line.number()), line.text()));
            if (batch.size() >= BATCH) storeEvents(batch, ids, n);
        });
        storeEvents(batch, ids, n);
    }

    private void storeEvents(List<StoreWriter.ImportedEvent> batch, Map<Long, Long> ids, Counter n) {
        if (batch.isEmpty()) return;
        Map<String, Long> known = known("imported_events", batch.stream().map(StoreWriter.ImportedEvent::key).toList());
        List<StoreWriter.ImportedEvent> fresh = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        for (StoreWriter.ImportedEvent e : batch) {
            Long stored = known.get(e.key());
            if (stored != null) {
                ids.put(e.read().gdeltId(), stored);
                n.eventsSeen++;
            } else if (inBatch.add(e.key())) fresh.add(e);
            else n.eventsSeen++;
        }
        List<Long> given = store.writer().importRows(fresh, List.of());
        for (int i = 0; i < fresh.size(); i++) ids.put(fresh.get(i).read().gdeltId(), given.get(i));
        n.events += fresh.size();
        batch.clear();
    }

    private void readMentions(Path file, Map<Long, Long> ids, Counter n) {
        String name = file.getFileName().toString();
        List<StoreWriter.ImportedMention> batch = new ArrayList<>();
        read(file, GdeltFormat.MENTION_COLUMNS.size(), n, (line, fields) -> {
            long gdeltId;
            try {
                gdeltId = Long.parseLong(fields[MENTION_ID].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("GLOBALEVENTID '" + fields[MENTION_ID] + "' is not a whole number");
            }
            batch.add(new StoreWriter.ImportedMention(key(line.text()), name, line.number(), gdeltId, ids.get(gdeltId), line.text()));
            if (batch.size() >= BATCH) storeMentions(batch, n);
        });
        storeMentions(batch, n);
    }

    private void storeMentions(List<StoreWriter.ImportedMention> batch, Counter n) {
        if (batch.isEmpty()) return;
        Map<String, Long> known = known("imported_mentions", batch.stream().map(StoreWriter.ImportedMention::key).toList());
        Map<Long, Long> earlier = earlierEvents(batch);
        List<StoreWriter.ImportedMention> fresh = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        for (StoreWriter.ImportedMention m : batch) {
            if (known.containsKey(m.key()) || !inBatch.add(m.key())) {
                n.mentionsSeen++;
                continue;
            }
            Long event = m.eventId() != null ? m.eventId() : earlier.get(m.gdeltId());
            if (event == null) n.orphans++;
            fresh.add(new StoreWriter.ImportedMention(m.key(), m.file(), m.line(), m.gdeltId(), event, m.raw()));
        }
        store.writer().importRows(List.of(), fresh);
        n.mentions += fresh.size();
        batch.clear();
    }

    /** For mentions of events not in this import's events file: the latest event imported earlier with that GLOBALEVENTID. */
    private Map<Long, Long> earlierEvents(List<StoreWriter.ImportedMention> batch) {
        List<Object> wanted = new ArrayList<>(new HashSet<>(batch.stream().filter(m -> m.eventId() == null).map(StoreWriter.ImportedMention::gdeltId).toList()));
        Map<Long, Long> out = new HashMap<>();
        if (wanted.isEmpty()) return out;
        store.query("import", "SELECT gdelt_id, max(event_id) FROM imported_events WHERE gdelt_id IN ("
                + EventStore.placeholders(wanted.size()) + ") GROUP BY gdelt_id",
                ps -> EventStore.bind(ps, wanted), rs -> out.put(rs.getLong(1), rs.getLong(2)));
        return out;
    }

    /** Which of these keys the table holds already, with the row's event id (or 0). */
    private Map<String, Long> known(String table, List<String> keys) {
        List<Object> params = new ArrayList<>(new HashSet<>(keys));
        Map<String, Long> out = new HashMap<>();
        store.query("import", "SELECT import_key, coalesce(event_id, 0) FROM " + table + " WHERE import_key IN ("
                + EventStore.placeholders(params.size()) + ")",
                ps -> EventStore.bind(ps, params), rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    private interface RowHandler {
        void row(GdeltFile.Line line, String[] fields);
    }

    private void read(Path file, int columns, Counter n, RowHandler handler) {
        try {
            new GdeltFile(file).read(line -> {
                String[] fields = line.text().split("\t", -1);
                try {
                    if (fields.length != columns)
                        throw new IllegalArgumentException(fields.length + " columns, a row of this table has " + columns);
                    handler.row(line, fields);
                } catch (IllegalArgumentException e) {
                    if (++n.bad <= ERRORS_SHOWN) log.println("tessera import: " + file + ":" + line.number() + ": " + e.getMessage() + "; row skipped");
                }
            });
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A row's key: the SHA-256 of its bytes, as the store keys documents by their content. */
    static String key(String row) {
        return StoreWriter.contentHash(row.getBytes(StandardCharsets.UTF_8));
    }
}
