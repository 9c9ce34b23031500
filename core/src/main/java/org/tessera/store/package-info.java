/**
 * The event store: coded events, their articles and sentences in an embedded DuckDB database, a
 * Lucene index over the sentences, near-duplicate grouping of articles into stories, aggregations
 * and exports (GDELT 2.0 events and mentions tables, CSV, JSON Lines, Parquet, PLOVER) and the import
 * of GDELT 2.0 tables.
 *
 * <p>The query API, for the CLI and the REST server ({@code org.tessera.server}): open with
 * {@link org.tessera.store.EventStore#open}, close when done (AutoCloseable); all methods are safe
 * from many threads while an ingest writes.
 * <ul>
 *   <li>{@code counts() -> StoreCounts} documents, articles, stories, sentences, events, mentions;</li>
 *   <li>{@code events(EventQuery) -> List<StoredEvent>} by actor (country "RUS" or code "RUSGOV"), source,
 *       target, period, quad class, CAMEO prefix, modality, with limit/offset; {@code event(long id)};</li>
 *   <li>{@code dyad(source, target, Granularity, bothDirections, from, to) -> List<DyadPoint>};</li>
 *   <li>{@code search(String query, EventQuery filter, int limit) -> List<SearchHit>} (Lucene syntax);</li>
 *   <li>{@code actors() -> List<ActorSummary>}; {@code network(from, to, limit) -> List<NetworkEdge>};
 *       {@code newestStored() -> StoredEvent} the event stored last.</li>
 * </ul>
 * DuckDB admits one process per store: opening a store another process holds fails at once with
 * one line naming the store and its holder ({@code StoreHeld}).
 * Writing goes through {@link org.tessera.store.Ingester} (pipeline + store) or directly
 * {@link org.tessera.store.StoreWriter#write} for an already processed document (or
 * {@link org.tessera.store.StoreWriter#stage} to let several share a transaction).
 *
 * <p>Counting follows GDELT: a story's events are those coded in its first article; each article
 * of the story adds one mention per event, so NumMentions/NumArticles count copies and NumSources
 * counts distinct sites, without an event being counted twice. Each article is stored with its
 * tone ({@link org.tessera.tone}), from which the GDELT export's MentionDocTone and AvgTone come.
 * GDELT 2.0 tables read back ({@link org.tessera.store.GdeltImport}) become events of the store beside
 * ours, their raw rows kept for a byte-equal export; {@link org.tessera.store.Origin} filters the
 * dyad, event list and network by coded or imported. The schema has a version; a store of an older
 * version is brought up by adding columns or tables on open. Aggregates (dyad, network) count
 * asserted and reported events only. This package knows the pipeline's records but not the CLI or
 * the server; no user text reaches SQL except as a bound parameter.
 */
package org.tessera.store;
