package org.tessera.watch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code perHost} requests to one host at a time, and each request
 * to a host starts at least {@code delay} after the previous one started, whatever thread sends it.
 */
final class HostGate {
    private final Duration delay;
    private final int perHost;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(Duration delay, int perHost) {
        if (perHost < 1) throw new IllegalArgumentException("at least one request per host");
        this.delay = delay;
        this.perHost = perHost;
    }

    /** A held slot on a host; close it when the response has been read. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a slot on {@code host} and for its delay (the longer of ours and the site's {@code crawlDelay}), then holds the slot. */
    Slot enter(String host, Duration crawlDelay) throws InterruptedException {
        long gap = Math.max(delay.toNanos(), crawlDelay.toNanos());
        Host h = hosts.computeIfAbsent(host, k -> new Host(new Semaphore(perHost, true)));
        h.permits.acquire();
        try {
            long wait;
            synchronized (h) {
                long now = System.nanoTime();
                long start = Math.max(now, h.nextStart);
                h.nextStart = start + gap;
                wait = start - now;
            }
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException | RuntimeException e) {
            h.permits.release();
            throw e;
        }
        return h.permits::release;
    }

    private static final class Host {
        final Semaphore permits;
        long nextStart = Long.MIN_VALUE / 2;

        Host(Semaphore permits) {
            this.permits = permits;
        }
    }
}
