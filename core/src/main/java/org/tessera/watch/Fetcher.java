package org.tessera.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.tessera.intake.ReadLimits;
import org.tessera.store.SourceLedger.Validators;

/**
 * Fetches pages and feeds as a well-behaved crawler: robots.txt is asked before every request
 * (redirect targets included), each host gets its delay and its cap on parallel requests, redirects
 * are followed by hand to {@link FetchSettings#maxRedirects()}, the ETag and Last-Modified of a
 * previous fetch make the request conditional, and a body is read only when its content type is
 * text, HTML or a feed, only up to the page limit (after inflating: a gzip bomb stops at the limit),
 * and only within the read time-out (a page that never ends is cut off). Thread-safe.
 */
public final class Fetcher implements AutoCloseable {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8";

    private final FetchSettings settings;
    private final HttpClient client;
    private final HostGate gate;
    private final RobotsRules robots;
    private final ReadLimits limits;
    /** Cuts off bodies that run past the read time-out. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tessera-fetch-timer");
        t.setDaemon(true);
        return t;
    });

    public Fetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.gate = new HostGate(settings.hostDelay(), settings.perHost());
        this.limits = new ReadLimits(settings.maxPageBytes());
        this.robots = new RobotsRules(this);
    }

    /**
     * A fetched page. {@code uri}: where it was found after redirects; {@code notModified}: the
     * server answered 304 to the conditional request (then {@code body} is empty);
     * {@code lastModified} may be null.
     */
    public record Page(URI uri, byte[] body, String contentType, Validators validators, Instant lastModified, boolean notModified) {
    }

    /** Fetches {@code uri}, conditionally when {@code validators} carry an ETag or a Last-Modified. */
    public Page get(URI uri, Validators validators) throws FetchException, InterruptedException {
        return follow(uri, validators, true);
    }

    /** robots.txt itself: no robots check, but the same gate, limits and time-outs. */
    Page robotsFile(URI robotsUri) throws FetchException, InterruptedException {
        return follow(robotsUri, Validators.NONE, false);
    }

    private Page follow(URI uri, Validators validators, boolean askRobots) throws FetchException, InterruptedException {
        URI at = uri;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            checkScheme(at);
            if (askRobots && !robots.allowed(at)) throw new FetchException(at + " is disallowed by robots.txt", true);
            Duration crawlDelay = askRobots ? robots.crawlDelay(at) : Duration.ZERO;
            Exchange x = exchange(at, hop == 0 ? validators : Validators.NONE, crawlDelay);
            if (x.page() != null) return x.page();
            at = x.redirect();
        }
        throw new FetchException("more than " + settings.maxRedirects() + " redirects (a redirect loop?)");
    }

    /** One request's outcome: a page, or where a redirect points. */
    private record Exchange(Page page, URI redirect) {
    }

    private Exchange exchange(URI at, Validators v, Duration crawlDelay) throws FetchException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(at).timeout(settings.readTimeout()).GET()
                .header("User-Agent", settings.userAgent()).header("Accept", ACCEPT).header("Accept-Encoding", "gzip");
        if (v.etag() != null) req.header("If-None-Match", v.etag());
        if (v.lastModified() != null) req.header("If-Modified-Since", v.lastModified());
        try (HostGate.Slot slot = gate.enter(at.getHost() + ":" + at.getPort(), crawlDelay)) {
            HttpResponse<InputStream> r = send(req.build());
            try (InputStream body = r.body()) {
                int status = r.statusCode();
                if (status == 304) return new Exchange(new Page(at, new byte[0], "", v, null, true), null);
                if (status >= 300 && status < 400 && status != 305) {
                    String location = r.headers().firstValue("Location")
                            .orElseThrow(() -> new FetchException("HTTP " + status + " without a Location"));
                    try {
                        return new Exchange(null, at.resolve(location.strip()));
                    } catch (IllegalArgumentException e) {
                        throw new FetchException("HTTP " + status + " to a malformed Location: " + location, true);
                    }
                }
                if (status < 200 || status >= 300)
                    throw new FetchException("HTTP " + status, status >= 400 && status < 500 && status != 408 && status != 429);
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (!readable(type)) throw new FetchException("content type " + type + " is not text, HTML or a feed", true);
                byte[] bytes = read(body, r);
                Validators next = new Validators(r.headers().firstValue("ETag").orElse(null),
                        r.headers().firstValue("Last-Modified").orElse(null));
                return new Exchange(new Page(at, bytes, type, next, httpDate(next.lastModified()), false), null);
            }
        } catch (IOException e) {
            // Closing a body the server never finished; the page itself was read or reported.
            throw new FetchException("cannot read the response: " + e.getMessage());
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws FetchException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("no connection within " + settings.connectTimeout().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw new FetchException("no response within " + settings.readTimeout().toSeconds() + " s");
        } catch (ConnectException e) {
            throw new FetchException("cannot connect (" + (e.getMessage() == null ? "refused" : e.getMessage()) + ")");
        } catch (IOException e) {
            throw new FetchException("cannot fetch: " + e);
        }
    }

    /**
     * The body, inflated when gzipped, capped at the page limit and cut off at the read time-out:
     * a timer interrupts the reading thread (the JDK client's body stream waits interruptibly) and
     * closes the stream.
     */
    private byte[] read(InputStream raw, HttpResponse<InputStream> r) throws FetchException, InterruptedException {
        String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        if (!encoding.equals("identity") && !encoding.equals("gzip") && !encoding.equals("x-gzip"))
            throw new FetchException("content encoding " + encoding + " is not one we read", true);
        boolean gzip = !encoding.equals("identity");
        long length = gzip ? -1 : r.headers().firstValueAsLong("Content-Length").orElse(-1);
        Thread reader = Thread.currentThread();
        Object lock = new Object();
        boolean[] state = {false, false}; // {done, expired}
        ScheduledFuture<?> cutoff = timer.schedule(() -> {
            synchronized (lock) {
                if (state[0]) return;
                state[1] = true;
                reader.interrupt();
            }
            try {
                raw.close();
            } catch (IOException e) {
                // The interrupt alone ends the read.
            }
        }, settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            byte[] bytes = limits.page(in, length);
            if (bytes.length == 0) throw new FetchException("empty response");
            return bytes;
        } catch (ReadLimits.OverLimit e) {
            throw new FetchException((gzip ? "inflated page " : "page ") + e.getMessage());
        } catch (IOException e) {
            if (expired(lock, state)) throw new FetchException("page not complete within " + settings.readTimeout().toSeconds() + " s");
            throw new FetchException((gzip ? "cannot inflate the page: " : "cannot read the page: ") + e.getMessage());
        } finally {
            cutoff.cancel(false);
            synchronized (lock) {
                state[0] = true;
            }
            // An interrupt meant for the read must not leak into the caller's next wait.
            if (Thread.interrupted() && !state[1]) reader.interrupt();
        }
    }

    private static boolean expired(Object lock, boolean[] state) {
        synchronized (lock) {
            return state[1];
        }
    }

    /** Whether a body of this type is one we read: text, HTML, XML feeds; an absent type is sniffed later. */
    static boolean readable(String contentType) {
        String mt = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mt.isEmpty() || mt.startsWith("text/")) return true;
        if (mt.startsWith("image/") || mt.startsWith("audio/") || mt.startsWith("video/")) return false;
        return mt.endsWith("/xml") || mt.endsWith("+xml");
    }

    private static Instant httpDate(String value) {
        if (value == null) return null;
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void checkScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null)
            throw new FetchException(uri + ": not an http(s) URL", true);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
