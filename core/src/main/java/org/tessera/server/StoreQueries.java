package org.tessera.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.tessera.model.Event;
import org.tessera.model.Modality;
import org.tessera.store.ActorSummary;
import org.tessera.store.DyadPoint;
import org.tessera.store.EventQuery;
import org.tessera.store.EventSummary;
import org.tessera.store.EventStore;
import org.tessera.store.Origin;
import org.tessera.store.Granularity;
import org.tessera.store.NetworkEdge;
import org.tessera.store.SearchHit;
import org.tessera.store.StoreCounts;
import org.tessera.store.StoredEvent;

/**
 * {@link DashboardQueries} over the real {@link EventStore}, which buckets dyads by any
 * {@link Granularity} itself. Paging asks for one row more than the page to learn whether more
 * follow.
 */
public final class StoreQueries implements DashboardQueries {
    /** Search results are re-paged here; beyond this many hits a query must be narrowed. */
    private static final int MAX_SEARCH_HITS = 5000;
    private final EventStore store;

    public StoreQueries(EventStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public List<DyadBucket> dyad(String source, String target, Granularity by, DateRange range, Origin origin) {
        List<DyadBucket> out = new ArrayList<>();
        for (DyadPoint p : store.dyad(source, target, by, false, range.from(), range.to(), origin))
            out.add(new DyadBucket(p.period(), new int[]{(int) p.q1(), (int) p.q2(), (int) p.q3(), (int) p.q4()}, p.sumGoldstein()));
        return out;
    }

    @Override
    public EventPage events(EventFilter f, int limit, int offset) {
        EventQuery q = new EventQuery(null, f.source(), f.target(), f.range().from(), f.range().to(),
                f.quad() == null ? 0 : f.quad(), f.code(), f.modality() == null ? Set.of() : Set.of(f.modality()),
                limit + 1, offset, f.origin());
        List<StoredEvent> rows = store.events(q);
        List<Event> events = rows.stream().limit(limit).map(StoredEvent::event).toList();
        return new EventPage(events, rows.size() > limit);
    }

    @Override
    public EventPage search(String query, int limit, int offset) {
        int want = Math.min(MAX_SEARCH_HITS, offset + limit + 1);
        Map<Long, Event> events = new LinkedHashMap<>();
        for (SearchHit h : store.search(query, EventQuery.all(), want))
            for (StoredEvent s : h.events()) events.putIfAbsent(s.id(), s.event());
        List<Event> all = new ArrayList<>(events.values());
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new EventPage(all.subList(from, to), to < all.size());
    }

    @Override
    public List<ActorCount> actors() {
        List<ActorCount> out = new ArrayList<>();
        for (ActorSummary a : store.actors())
            if (a.code() != null && a.country() != null) out.add(new ActorCount(a.code(), a.country(), a.role() == null ? "" : a.role(), a.total()));
        return out;
    }

    @Override
    public List<NetworkEdge> network(DateRange range, Origin origin) {
        return store.network(range.from(), range.to(), 500, origin);
    }

    @Override
    public StoreStats stats() {
        StoreCounts c = store.counts();
        EventSummary sum = store.summary();
        Map<Integer, Long> quads = new TreeMap<>(sum.quads());
        Map<String, Long> modalities = new HashMap<>(sum.modalities());
        for (Modality m : Modality.values()) modalities.putIfAbsent(m.json(), 0L);
        return new StoreStats(c.events(), c.documents(), sum.located(), sum.firstDate(), sum.lastDate(), quads, modalities,
                NewestEvent.of(store.newestStored()));
    }

    @Override
    public List<SourceStatus> sources() {
        return org.tessera.store.SourceLedger.sources(store).stream().map(SourceStatus::of).toList();
    }
}
