package org.tessera.server;

import java.util.List;
import org.tessera.store.Granularity;
import org.tessera.store.Origin;
import org.tessera.store.NetworkEdge;

/**
 * Everything the server asks of the event store, in the server's own typed terms. Actor keys are
 * already validated upper-case codes: a country or organisation ({@code RUS}, {@code EU}) matches
 * every actor of that country, a full actor code ({@code RUSGOV}) only that code. Aggregates
 * (dyad, network, actor counts) count only events whose modality says they happened
 * (asserted or reported); event lists and search return every modality unless filtered. An
 * {@link Origin} keeps Tessera's coded events, those imported from GDELT files, or both.
 */
public interface DashboardQueries {

    /** One direction of a dyad ({@code source} acting on {@code target}), bucketed by {@code by}, oldest first. */
    List<DyadBucket> dyad(String source, String target, Granularity by, DateRange range, Origin origin);

    /** Events matching the filter, newest first, one page of them. */
    EventPage events(EventFilter filter, int limit, int offset);

    /** Full-text search over sentences, titles and actor/action words, best match first. */
    EventPage search(String query, int limit, int offset);

    /** Every actor code seen as a source or target, with how many events name it. */
    List<ActorCount> actors();

    /** Source-country to target-country edges of the period. */
    List<NetworkEdge> network(DateRange range, Origin origin);

    /** Totals for the dashboard header. */
    StoreStats stats();

    /** The watched sources ({@code tessera watch}) with their health; none for a store that is not watched. */
    default List<SourceStatus> sources() {
        return List.of();
    }
}
