package org.tessera.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per site, parsed by crawler-commons and kept for {@link #KEEP}: a site without one
 * (4xx) allows everything; a server error or an unreachable robots.txt defers the site (nothing
 * fetched from it) until the next round asks again, as the robots exclusion standard asks. A
 * site's Crawl-delay lengthens the host delay for it.
 */
final class RobotsRules {
    static final Duration KEEP = Duration.ofHours(6);

    private final Fetcher fetcher;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> sites = new ConcurrentHashMap<>();

    RobotsRules(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    private record Cached(BaseRobotRules rules, long until) {
    }

    /** Whether {@code uri} may be fetched; a deferred site throws, naming why. */
    boolean allowed(URI uri) throws FetchException, InterruptedException {
        return rules(uri).isAllowed(uri.toString());
    }

    /**
     * The site's Crawl-delay, zero when it sets none. crawler-commons defers a site whose delay is
     * over its maximum (five minutes); such a site is reported rather than crawled at that pace.
     */
    Duration crawlDelay(URI uri) throws FetchException, InterruptedException {
        BaseRobotRules r = rules(uri);
        if (r.isDeferVisits()) throw new FetchException("robots.txt of " + site(uri) + " asks for a crawl delay too long to keep");
        long ms = r.getCrawlDelay();
        return ms > 0 ? Duration.ofMillis(ms) : Duration.ZERO;
    }

    private BaseRobotRules rules(URI uri) throws FetchException, InterruptedException {
        String site = site(uri);
        Cached c = sites.get(site);
        if (c == null || System.nanoTime() > c.until()) {
            c = new Cached(fetch(site), System.nanoTime() + KEEP.toNanos());
            sites.put(site, c);
        }
        return c.rules();
    }

    private static String site(URI uri) {
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority();
    }

    private BaseRobotRules fetch(String site) throws FetchException, InterruptedException {
        URI robots = URI.create(site + "/robots.txt");
        try {
            Fetcher.Page p = fetcher.robotsFile(robots);
            return parser.parseContent(robots.toString(), p.body(), p.contentType(), List.of(FetchSettings.ROBOT_NAME));
        } catch (FetchException e) {
            String m = e.getMessage();
            if (m.startsWith("HTTP 4") || m.equals("empty response")) return parser.failedFetch(404);
            throw new FetchException("robots.txt of " + site + ": " + m);
        }
    }
}
