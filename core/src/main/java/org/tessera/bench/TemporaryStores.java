package org.tessera.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tessera.store.EventStore;
import org.tessera.store.StoreWriter;

/**
 * Throw-away event stores, one per kind of run (warm-up and timed: one thread, N threads, the
 * reference), so that every run really writes each document (a store skips
 * documents it already holds) and all are deleted at the end. The warm-up's stores are replaced by
 * empty ones each time the warm-up starts the input again, so that it too writes every document
 * and warms the store's code as the timed runs use it. Writers are null when the bench runs
 * without a store.
 */
final class TemporaryStores implements AutoCloseable {
    private final Path dir;
    private final List<EventStore> open = new ArrayList<>();
    private int made;
    private EventStore warmOne;
    private EventStore warmMany;
    private EventStore warmReference;
    private EventStore one;
    private EventStore reference;
    private EventStore many;

    private TemporaryStores(Path dir) {
        this.dir = dir;
    }

    static TemporaryStores none() {
        return new TemporaryStores(null);
    }

    static TemporaryStores create() {
        try {
            TemporaryStores t = new TemporaryStores(Files.createTempDirectory("tessera-bench-"));
            try {
                t.renewWarmUp();
                t.one = t.newStore();
                t.reference = t.newStore();
                t.many = t.newStore();
            } catch (RuntimeException e) {
                t.close();
                throw e;
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the bench's stores", e);
        }
    }

    private EventStore newStore() {
        EventStore s = EventStore.open(dir.resolve("store-" + made++));
        open.add(s);
        return s;
    }

    /** Replaces the warm-up's stores by empty ones (no-op without a store). */
    void renewWarmUp() {
        if (dir == null) return;
        for (EventStore old : new EventStore[] {warmOne, warmMany, warmReference}) {
            if (old == null) continue;
            old.writer().flush(); // as the timed runs end, so that the warm-up runs that code too
            open.remove(old);
            old.close();
        }
        warmOne = newStore();
        warmMany = newStore();
        warmReference = newStore();
    }

    StoreWriter warmUpOneThread() {
        return writer(warmOne);
    }

    StoreWriter warmUpManyThreads() {
        return writer(warmMany);
    }

    StoreWriter warmUpReference() {
        return writer(warmReference);
    }

    StoreWriter reference() {
        return writer(reference);
    }

    StoreWriter oneThread() {
        return writer(one);
    }

    StoreWriter manyThreads() {
        return writer(many);
    }

    private static StoreWriter writer(EventStore s) {
        return s == null ? null : s.writer();
    }

    /** Commits the writer's search index; returns the nanoseconds it took (0 without a store). */
    long flush(StoreWriter w) {
        if (w == null) return 0;
        long t0 = System.nanoTime();
        w.flush();
        return System.nanoTime() - t0;
    }

    @Override
    public void close() {
        for (EventStore s : open) s.close();
        open.clear();
        if (dir != null) deleteTree(dir);
    }

    /** Deletes a benchmark's temporary folder; a left-over one is harmless, so it is said, not thrown. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("bench: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
