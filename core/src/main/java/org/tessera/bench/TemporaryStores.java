package org.tessera.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.tessera.store.EventStore;
import org.tessera.store.StoreWriter;

/**
 * One throw-away event store per kind of run (warm-up, one thread, N threads), so that every run
 * really writes each document (a store skips documents it already holds) and all are deleted at
 * the end. Writers are null when the bench runs without a store.
 */
final class TemporaryStores implements AutoCloseable {
    private final Path dir;
    private final EventStore[] stores;

    private TemporaryStores(Path dir, EventStore[] stores) {
        this.dir = dir;
        this.stores = stores;
    }

    static TemporaryStores none() {
        return new TemporaryStores(null, new EventStore[3]);
    }

    static TemporaryStores create() {
        try {
            Path dir = Files.createTempDirectory("tessera-bench-");
            EventStore[] s = new EventStore[3];
            TemporaryStores t = new TemporaryStores(dir, s);
            try {
                for (int i = 0; i < s.length; i++) s[i] = EventStore.open(dir.resolve("store-" + i));
            } catch (RuntimeException e) {
                t.close();
                throw e;
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the bench's stores", e);
        }
    }

    StoreWriter warmUp() {
        return writer(0);
    }

    StoreWriter oneThread() {
        return writer(1);
    }

    StoreWriter manyThreads() {
        return writer(2);
    }

    private StoreWriter writer(int i) {
        return stores[i] == null ? null : stores[i].writer();
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
        for (EventStore s : stores) if (s != null) s.close();
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A left-over temporary folder is harmless; say so rather than fail the bench.
            System.err.println("bench: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
