/**
 * Watching sources (issue 17): {@code tessera watch} polls RSS/Atom feeds, sitemaps and drop-in
 * folders every few minutes and codes each new article through the same pipeline into the same
 * store as {@code ingest} ({@link org.tessera.store.Ingester}).
 *
 * <ul>
 *   <li>{@link org.tessera.watch.Watcher}: the rounds: poll each due source, fetch the pages of
 *       pending items, code and store them, one stderr line per round;</li>
 *   <li>{@link org.tessera.watch.Fetcher}: a well-behaved HTTP client (User-Agent, conditional
 *       requests, robots.txt via {@link org.tessera.watch.RobotsRules}, per-host delay and
 *       parallelism via {@link org.tessera.watch.HostGate}, redirect limit, time-outs, size caps
 *       before and after inflating, text content types only);</li>
 *   <li>{@link org.tessera.watch.ListingReader}: a feed (Rome) or sitemap (crawler-commons) to items;</li>
 *   <li>{@link org.tessera.watch.DropFolder}: new or changed files of a local folder;</li>
 *   <li>{@link org.tessera.watch.WatchOptions} (the command-line options) and
 *       {@link org.tessera.watch.BackgroundWatch} (the watch beside the server, {@code serve --watch});</li>
 *   <li>{@link org.tessera.watch.WatchBench}: the rate and latency of a watch over a feed on
 *       loopback that gains items over time ({@code tessera bench-watch});</li>
 *   <li>what was seen and stored lives in the store ({@link org.tessera.store.SourceLedger}), so a
 *       killed watch resumes with no article twice and none skipped.</li>
 * </ul>
 * A failing source costs only itself: one error line naming it, then back-off.
 */
package org.tessera.watch;
