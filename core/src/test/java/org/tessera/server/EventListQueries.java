package org.tessera.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.tessera.model.Actor;
import org.tessera.model.Event;
import org.tessera.store.Granularity;
import org.tessera.store.Origin;
import org.tessera.store.NetworkEdge;

/**
 * {@link DashboardQueries} over a list of events held in memory: a plain scan, so the server's own
 * logic can be tested fast without CoreNLP or a database. Search is a case-insensitive all-words
 * match over sentence, title and action words.
 */
final class EventListQueries implements DashboardQueries {
    private final List<Event> events;

    public EventListQueries(List<Event> events) {
        this.events = List.copyOf(events);
    }

    static boolean matches(Actor a, String key) {
        return a != null && (key.equals(a.country()) || key.equals(a.code()));
    }

    private static LocalDate day(Event e) {
        return e.date() == null ? null : e.date().start();
    }

    @Override
    public List<DyadBucket> dyad(String source, String target, Granularity by, DateRange range, Origin origin) {
        Map<LocalDate, int[]> counts = new TreeMap<>();
        Map<LocalDate, Double> sums = new TreeMap<>();
        for (Event e : events) {
            LocalDate d = day(e);
            if (d == null || !range.contains(d) || !e.modality().countsAsHappened()) continue;
            if (!matches(e.source(), source) || !matches(e.target(), target)) continue;
            LocalDate b = by.start(d);
            counts.computeIfAbsent(b, k -> new int[4])[e.action().code().quad() - 1]++;
            sums.merge(b, e.action().code().goldstein(), Double::sum);
        }
        List<DyadBucket> out = new ArrayList<>();
        counts.forEach((d, q) -> out.add(new DyadBucket(d, q, sums.get(d))));
        return out;
    }

    @Override
    public EventPage events(EventFilter f, int limit, int offset) {
        Predicate<Event> p = e -> (f.source() == null || matches(e.source(), f.source()))
                && (f.target() == null || matches(e.target(), f.target()))
                && (f.range().equals(DateRange.ALL) || (day(e) != null && f.range().contains(day(e))))
                && (f.quad() == null || e.action().code().quad() == f.quad())
                && (f.code() == null || e.action().code().code().startsWith(f.code()))
                && (f.modality() == null || e.modality() == f.modality());
        List<Event> hits = events.stream().filter(p)
                .sorted(Comparator.comparing(EventListQueries::day, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return page(hits, limit, offset);
    }

    private static EventPage page(List<Event> hits, int limit, int offset) {
        int from = Math.min(offset, hits.size());
        int to = Math.min(hits.size(), from + limit);
        return new EventPage(hits.subList(from, to), to < hits.size());
    }

    @Override
    public EventPage search(String query, int limit, int offset) {
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
        List<Event> hits = events.stream().filter(e -> {
            String hay = (e.sentence() + " " + (e.context() == null ? "" : e.context().title()) + " "
                    + e.action().text()).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(w -> !w.isEmpty() && hay.contains(w));
        }).toList();
        return page(hits, limit, offset);
    }

    @Override
    public List<ActorCount> actors() {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Actor> first = new TreeMap<>();
        for (Event e : events)
            for (Actor a : new Actor[]{e.source(), e.target()})
                if (a != null) {
                    counts.computeIfAbsent(a.code(), k -> new long[1])[0]++;
                    first.putIfAbsent(a.code(), a);
                }
        List<ActorCount> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(new ActorCount(code, first.get(code).country(), first.get(code).role(), n[0])));
        return out;
    }

    @Override
    public List<NetworkEdge> network(DateRange range, Origin origin) {
        Map<String, double[]> edges = new TreeMap<>();
        for (Event e : events) {
            if (e.target() == null || !e.modality().countsAsHappened()) continue;
            LocalDate d = day(e);
            if (!range.equals(DateRange.ALL) && (d == null || !range.contains(d))) continue;
            double[] v = edges.computeIfAbsent(e.source().country() + "\t" + e.target().country(), k -> new double[2]);
            v[0]++;
            v[1] += e.action().code().goldstein();
        }
        List<NetworkEdge> out = new ArrayList<>();
        edges.forEach((k, v) -> {
            String[] st = k.split("\t");
            out.add(new NetworkEdge(st[0], st[1], (long) v[0], v[1] / v[0]));
        });
        return out;
    }

    @Override
    public StoreStats stats() {
        Set<String> docs = new HashSet<>();
        Map<Integer, Long> quads = new TreeMap<>();
        Map<String, Long> modalities = new TreeMap<>();
        long located = 0;
        String first = null;
        String last = null;
        for (Event e : events) {
            docs.add(e.doc());
            quads.merge(e.action().code().quad(), 1L, Long::sum);
            modalities.merge(e.modality().json(), 1L, Long::sum);
            if (e.location() != null) located++;
            if (e.date() != null) {
                String d = e.date().toString();
                if (first == null || d.compareTo(first) < 0) first = d;
                if (last == null || d.compareTo(last) > 0) last = d;
            }
        }
        return new StoreStats(events.size(), docs.size(), located, first, last, quads, modalities, null);
    }
}
