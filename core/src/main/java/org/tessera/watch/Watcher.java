package org.tessera.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tessera.intake.InputExpander;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.Pipeline;
import org.tessera.store.EventStore;
import org.tessera.store.Ingester;
import org.tessera.store.SourceLedger;
import org.tessera.store.SourceLedger.Item;
import org.tessera.store.SourceLedger.PendingItem;
import org.tessera.store.StoreWriter;

/**
 * The watch loop. Each round: poll every web source that is due (conditionally, so an unchanged
 * feed costs one 304) and record its new items as pending; fetch the pages of the pending items
 * and code them through {@link Ingester} into the store, with the item's URL as document id and
 * its date (else the page's Last-Modified, else the fetch time) as the date of last resort; code
 * the new or changed files of each drop-in folder; then one stderr line with the round's counts.
 * A failing source or page gives one error line naming it and waits out a back-off; the rest go on.
 *
 * <p>Everything it knows is in the store ({@link SourceLedger}), so a watch killed at any point
 * and started again fetches what was pending and stores nothing twice: an item counts as stored
 * when a document with its URL is, and the store writer commits each document whole.
 */
public final class Watcher implements AutoCloseable {
    private final EventStore store;
    private final SourceLedger ledger;
    private final Ingester ingester;
    private final Fetcher fetcher;
    private final ListingReader listings;
    private final WatchSettings settings;
    private final List<Source> sources;
    private final PrintStream err;
    private final Consumer<String> committed;
    private final long maxPageBytes;
    private final ExecutorService pool;

    /**
     * @param pipeline  built on first need and kept for every later round (CoreNLP loads once)
     * @param threads   coding threads
     * @param committed the id of each document as soon as it is stored (progress, and tests that kill the watch)
     */
    public Watcher(EventStore store, Supplier<Pipeline> pipeline, int threads, FetchSettings fetch, WatchSettings settings,
                   List<Source> sources, PrintStream err, Consumer<String> committed) {
        this.store = Objects.requireNonNull(store);
        this.ledger = new SourceLedger(store);
        Supplier<Pipeline> once = new Supplier<>() {
            private Pipeline built;

            @Override
            public synchronized Pipeline get() {
                if (built == null) built = pipeline.get();
                return built;
            }
        };
        this.ingester = new Ingester(store, once, threads);
        this.fetcher = new Fetcher(fetch);
        this.listings = new ListingReader(settings.maxItems());
        this.settings = settings;
        this.sources = List.copyOf(sources);
        this.err = err;
        this.committed = committed;
        this.maxPageBytes = fetch.maxPageBytes();
        this.pool = Executors.newFixedThreadPool(settings.parallel(), r -> {
            Thread t = new Thread(r, "tessera-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /** What one round did: items newly listed, pages or files read, documents stored, failures. */
    public record Round(int number, int newItems, int fetched, int coded, int failed) {
        String line() {
            return "tessera watch: round " + number + ": " + newItems + " new, " + fetched + " fetched, " + coded + " coded, "
                    + failed + " failed";
        }
    }

    /** Runs rounds every {@link WatchSettings#every()} until {@link WatchSettings#rounds()} are done (or for ever). */
    public void run() throws InterruptedException {
        for (int n = 1; settings.rounds() == 0 || n <= settings.rounds(); n++) {
            long start = System.nanoTime();
            round(n);
            if (settings.rounds() != 0 && n == settings.rounds()) break;
            long left = settings.every().toNanos() - (System.nanoTime() - start);
            if (left > 0) Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /** One round; its line goes to stderr and it is returned. */
    public Round round(int number) throws InterruptedException {
        Instant now = Instant.now();
        Tally t = new Tally();
        List<Callable<Void>> polls = new ArrayList<>();
        for (Source s : sources)
            if (s.kind() == Source.Kind.WEB && ledger.due(s.name(), now)) polls.add(() -> poll(s, now, t));
        runAll(polls);
        fetchPending(now, t);
        for (Source s : sources) if (s.kind() == Source.Kind.FOLDER) codeFolder(s, now, t);
        Round r = new Round(number, t.fresh.get(), t.fetched.get(), t.coded.get(), t.failed.get());
        err.println(r.line());
        return r;
    }

    /** The round's counts, added to from the pool's threads. */
    private static final class Tally {
        final AtomicInteger fresh = new AtomicInteger();
        final AtomicInteger fetched = new AtomicInteger();
        final AtomicInteger coded = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
    }

    private Void poll(Source s, Instant now, Tally t) throws InterruptedException {
        try {
            Fetcher.Page p = fetcher.get(s.uri(), ledger.validators(s.name()));
            if (p.notModified()) {
                ledger.recordPoll(s.name(), null, List.of(), now);
                return null;
            }
            ListingReader.Listing l = listings.read(p.uri(), p.body(), p.contentType());
            List<Item> items = new ArrayList<>(l.items());
            for (URI child : l.sitemaps().subList(0, Math.min(l.sitemaps().size(), WatchSettings.MAX_CHILD_SITEMAPS))) {
                Fetcher.Page c = fetcher.get(child, SourceLedger.Validators.NONE);
                items.addAll(listings.read(c.uri(), c.body(), c.contentType()).items());
                listings.checkCount(items.size());
            }
            t.fresh.addAndGet(ledger.recordPoll(s.name(), p.validators(), items, now));
        } catch (FetchException e) {
            t.failed.incrementAndGet();
            int failures = ledger.failures(s.name()) + 1;
            Duration wait = settings.backoff(failures);
            ledger.sourceFailed(s.name(), e.getMessage(), now.plus(wait), now);
            err.println("tessera watch: " + s.name() + ": " + e.getMessage() + " (failed " + failures + (failures == 1 ? " time" : " times")
                    + ", next try in " + wait.toSeconds() + " s)");
        }
        return null;
    }

    /** Fetches and codes the items pending at the start of this phase, a batch at a time. */
    private void fetchPending(Instant now, Tally t) throws InterruptedException {
        // Items of sources no longer named wait in the ledger until a watch names them again.
        Set<String> watched = new java.util.HashSet<>();
        for (Source s : sources) watched.add(s.name());
        List<PendingItem> pending = ledger.pending(now, Integer.MAX_VALUE).stream().filter(i -> watched.contains(i.source())).toList();
        for (int from = 0; from < pending.size(); from += WatchSettings.BATCH) {
            List<PendingItem> listed = pending.subList(from, Math.min(pending.size(), from + WatchSettings.BATCH));
            // An item whose document is stored already (a watch killed between storing it and marking it) is not fetched again.
            Set<String> known = ledger.markStored(listed.stream().map(PendingItem::url).toList(), now);
            List<PendingItem> batch = listed.stream().filter(i -> !known.contains(i.url())).toList();
            RawDocument[] docs = new RawDocument[batch.size()];
            List<Callable<Void>> fetches = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                int at = i;
                fetches.add(() -> {
                    docs[at] = fetchArticle(batch.get(at), now, t);
                    return null;
                });
            }
            runAll(fetches);
            List<RawDocument> fetched = new ArrayList<>();
            for (RawDocument d : docs) if (d != null) fetched.add(d);
            code(fetched, t);
            ledger.markStored(batch.stream().map(PendingItem::url).toList(), Instant.now());
        }
    }

    private RawDocument fetchArticle(PendingItem item, Instant now, Tally t) throws InterruptedException {
        try {
            Fetcher.Page p = fetcher.get(URI.create(item.url()), SourceLedger.Validators.NONE);
            t.fetched.incrementAndGet();
            Instant date = item.date() != null ? item.date() : p.lastModified() != null ? p.lastModified() : now;
            return new RawDocument(item.url(), p.uri().toString(), p.body(), p.contentType(), date);
        } catch (FetchException | IllegalArgumentException e) {
            t.failed.incrementAndGet();
            int attempts = item.attempts() + 1;
            boolean permanent = e instanceof FetchException f && f.permanent();
            boolean giveUp = permanent || e instanceof IllegalArgumentException || attempts >= settings.maxAttempts();
            Duration wait = settings.backoff(attempts);
            ledger.itemFailed(item.url(), e.getMessage(), now.plus(wait), giveUp);
            err.println("tessera watch: " + item.url() + " (from " + item.source() + "): " + e.getMessage()
                    + (giveUp ? " (given up)" : " (next try in " + wait.toSeconds() + " s)"));
            return null;
        }
    }

    private void codeFolder(Source s, Instant now, Tally t) {
        DropFolder folder = new DropFolder(s.folder(), settings.settle());
        List<DropFolder.Change> changes;
        try {
            changes = folder.changes(ledger.files(s.name()), now);
        } catch (IOException | RuntimeException e) {
            t.failed.incrementAndGet();
            String why = "cannot list the folder: " + e.getMessage();
            ledger.sourceFailed(s.name(), why, now.plus(settings.every()), now);
            err.println("tessera watch: " + s.name() + ": " + why);
            return;
        }
        ledger.recordPoll(s.name(), null, List.of(), now);
        if (changes.isEmpty()) return;
        t.fresh.addAndGet(changes.size());
        InputExpander expander = new InputExpander(maxPageBytes);
        Map<DropFolder.Change, List<RawDocument>> byFile = new HashMap<>();
        List<RawDocument> docs = new ArrayList<>();
        for (DropFolder.Change c : changes) {
            List<RawDocument> mine = new ArrayList<>();
            try (InputStream in = Files.newInputStream(c.file())) {
                expander.expand(c.id(), c.file().toString(), in, c.version().modified(), mine::add, e -> {
                    t.failed.incrementAndGet();
                    err.println("tessera watch: " + e);
                });
                t.fetched.incrementAndGet();
            } catch (IOException e) {
                t.failed.incrementAndGet();
                err.println("tessera watch: " + c.file() + ": cannot read: " + e.getMessage());
                continue; // tried again next round
            }
            byFile.put(c, mine);
            docs.addAll(mine);
        }
        code(docs, t);
        // A file is done when each of its documents is in the store (a file that gave none, an
        // unreadable page, is done too: its error line was given and rereading it cannot help).
        Set<String> stored = store.writer().storedKeys(docs.stream().map(StoreWriter::documentKey).toList());
        for (Map.Entry<DropFolder.Change, List<RawDocument>> e : byFile.entrySet()) {
            if (e.getValue().stream().allMatch(d -> stored.contains(StoreWriter.documentKey(d))))
                ledger.fileStored(s.name(), e.getKey().id(), e.getKey().version(), now);
        }
    }

    private void code(List<RawDocument> docs, Tally t) {
        if (docs.isEmpty()) return;
        Ingester.Report r = ingester.run(docs, err, false, committed);
        t.coded.addAndGet(r.added());
        t.failed.addAndGet(r.failed());
    }

    private void runAll(List<Callable<Void>> tasks) throws InterruptedException {
        for (Future<Void> f : pool.invokeAll(tasks)) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // A bug in one source's handling (not a bad source: those are FetchExceptions) must not stop the others.
                err.println("tessera watch: internal error: " + e.getCause());
            }
        }
    }

    /** Health of every source polled so far (for {@code GET /api/sources}). */
    public List<SourceLedger.SourceHealth> health() {
        return ledger.sources();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        fetcher.close();
        ledger.close();
    }
}
