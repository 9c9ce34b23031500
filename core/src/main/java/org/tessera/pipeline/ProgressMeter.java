package org.tessera.pipeline;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of long work on stderr: documents and articles done, rate, ETA when the total is
 * known. Prints at most once a second, so it costs nothing on fast inputs; thread-safe.
 */
public final class ProgressMeter {
    private final PrintStream out;
    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong docs = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong lastPrint = new AtomicLong();
    private final boolean enabled;

    /** @param total number of documents expected, or -1 when unknown */
    public ProgressMeter(PrintStream out, long total, boolean enabled) {
        this.out = out;
        this.total = total;
        this.enabled = enabled;
    }

    public void done(DocumentResult r) {
        docs.incrementAndGet();
        articles.addAndGet(r.articles().size());
        events.addAndGet(r.events().count());
        long now = System.nanoTime();
        long last = lastPrint.get();
        if (enabled && now - last > 1_000_000_000L && lastPrint.compareAndSet(last, now)) out.println(line());
    }

    public void finish() {
        if (enabled) out.println(line() + " done");
    }

    public String line() {
        double secs = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        long d = docs.get();
        double rate = articles.get() / secs;
        StringBuilder sb = new StringBuilder("tessera: ");
        sb.append(d).append(total > 0 ? "/" + total : "").append(" documents, ")
                .append(articles.get()).append(" articles, ").append(events.get()).append(" events, ")
                .append(String.format("%.1f articles/s", rate));
        if (total > 0 && d > 0 && d < total) {
            double eta = secs / d * (total - d);
            sb.append(String.format(", ETA %ds", Math.round(eta)));
        }
        return sb.toString();
    }
}
