package org.tessera.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.tessera.json.EventJson;
import org.tessera.model.Event;
import org.tessera.store.Granularity;
import org.tessera.store.Origin;
import org.tessera.store.NetworkEdge;

/**
 * The HTTP server: every route is declared in {@link #routes()} and nowhere else, each handler is
 * a small method that reads typed parameters, asks {@link DashboardQueries} and writes JSON.
 * Security headers go on every response, static files and errors included.
 */
public final class TesseraServer implements AutoCloseable {
    /** Strict policy: our own scripts and styles only, nothing inline, no plugins, no framing. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin");
    static final String WEB_ROOT = "/org/tessera/server/web";
    private static final String OPENAPI = "org/tessera/server/openapi.json";
    /** Beyond this many buckets a dyad series is refused: ask for a coarser {@code by}. */
    private static final int MAX_BUCKETS = 5000;

    private final DashboardQueries queries;
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson eventJson = new EventJson();
    private final PrintStream log;
    private final List<String> routes = new ArrayList<>();
    private final Javalin app;

    public TesseraServer(DashboardQueries queries, PrintStream log) {
        this.queries = Objects.requireNonNull(queries);
        this.log = Objects.requireNonNull(log);
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.http.defaultContentType = "application/json";
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = WEB_ROOT;
                sf.location = Location.CLASSPATH;
                sf.headers = SECURITY_HEADERS;
            });
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/webjars";
                sf.directory = "/META-INF/resources/webjars";
                sf.location = Location.CLASSPATH;
                sf.headers = SECURITY_HEADERS;
            });
        });
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        get("/api/dyad", this::dyad);
        get("/api/events", this::events);
        get("/api/search", this::search);
        get("/api/actors", this::actors);
        get("/api/network", this::network);
        get("/api/stats", this::stats);
        get("/api/sources", this::sources);
        get("/openapi.json", this::openApi);
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            log.println("tessera serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") || ctx.path().equals("/api"))
                error(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path());
            else if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.contentType("text/plain; charset=utf-8").result("Not found");
            }
        });
    }

    private void get(String path, Handler h) {
        routes.add(path);
        app.get(path, h);
    }

    /** The API's routes, as declared; the OpenAPI document must list each. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    /** Starts listening; {@code port} 0 picks a free one. Returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json").json(Map.of("error", message == null ? "bad request" : message));
    }

    private static ApiParams params(Context ctx, String... allowed) {
        return new ApiParams(ctx.queryParamMap(), Set.of(allowed));
    }

    private void dyad(Context ctx) {
        ApiParams p = params(ctx, "source", "target", "by", "both", "from", "to", "origin");
        String source = p.requiredActor("source");
        String target = p.requiredActor("target");
        Granularity by = p.granularity();
        boolean both = p.flag("both");
        DateRange range = p.range();
        Origin origin = p.origin();
        List<List<DyadBucket>> directions = new ArrayList<>();
        directions.add(queries.dyad(source, target, by, range, origin));
        if (both) directions.add(queries.dyad(target, source, by, range, origin));
        List<LocalDate> periods = periods(directions, by);
        ObjectNode out = mapper.createObjectNode();
        out.put("source", source);
        out.put("target", target);
        out.put("by", by.json());
        out.put("both", both);
        out.put("origin", origin.json());
        ArrayNode axis = out.putArray("periods");
        for (LocalDate d : periods) {
            ObjectNode o = axis.addObject();
            o.put("period", by.label(d));
            o.put("from", d.toString());
            o.put("to", by.next(d).minusDays(1).toString());
        }
        ArrayNode series = out.putArray("series");
        for (int i = 0; i < directions.size(); i++) {
            ObjectNode s = series.addObject();
            s.put("source", i == 0 ? source : target);
            s.put("target", i == 0 ? target : source);
            Map<LocalDate, DyadBucket> byStart = new TreeMap<>();
            directions.get(i).forEach(b -> byStart.merge(by.start(b.start()), b, TesseraServer::add));
            ArrayNode points = s.putArray("points");
            long total = 0;
            for (LocalDate d : periods) {
                DyadBucket b = byStart.get(d);
                ObjectNode pt = points.addObject();
                pt.put("period", by.label(d));
                int n = b == null ? 0 : b.events();
                total += n;
                pt.put("events", n);
                ArrayNode q = pt.putArray("quad");
                for (int k = 0; k < 4; k++) q.add(b == null ? 0 : b.quadCounts()[k]);
                if (n == 0) pt.putNull("goldstein");
                else pt.put("goldstein", Math.round(b.goldsteinSum() / n * 100) / 100.0);
            }
            s.put("events", total);
        }
        ctx.json(out);
    }

    private static DyadBucket add(DyadBucket a, DyadBucket b) {
        int[] q = a.quadCounts();
        int[] r = b.quadCounts();
        for (int k = 0; k < 4; k++) q[k] += r[k];
        return new DyadBucket(a.start(), q, a.goldsteinSum() + b.goldsteinSum());
    }

    /** A continuous axis of bucket starts from the first to the last bucket with events. */
    private static List<LocalDate> periods(List<List<DyadBucket>> directions, Granularity by) {
        LocalDate min = null;
        LocalDate max = null;
        for (List<DyadBucket> dir : directions)
            for (DyadBucket b : dir) {
                LocalDate s = by.start(b.start());
                if (min == null || s.isBefore(min)) min = s;
                if (max == null || s.isAfter(max)) max = s;
            }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = min; d != null && !d.isAfter(max); d = by.next(d)) {
            if (out.size() >= MAX_BUCKETS) throw new BadRequest("more than " + MAX_BUCKETS + " " + by.json() + "s in range: use a coarser 'by' or narrow from/to");
            out.add(d);
        }
        return out;
    }

    private void events(Context ctx) {
        ApiParams p = params(ctx, "source", "target", "from", "to", "quad", "code", "modality", "origin", "limit", "offset");
        EventFilter f = new EventFilter(p.actor("source"), p.actor("target"), p.range(), p.quad(), p.cameo(), p.modality(), p.origin());
        int limit = p.limit(50);
        int offset = p.offset();
        page(ctx, queries.events(f, limit, offset), limit, offset);
    }

    private void search(Context ctx) {
        ApiParams p = params(ctx, "q", "limit", "offset");
        String q = p.searchQuery();
        int limit = p.limit(50);
        int offset = p.offset();
        EventPage page = queries.search(q, limit, offset);
        page(ctx, page, limit, offset);
    }

    private void page(Context ctx, EventPage page, int limit, int offset) {
        ObjectNode out = mapper.createObjectNode();
                out.put("limit", limit);
        out.put("offset", offset);
        out.put("more", page.more());
        ArrayNode arr = out.putArray("events");
        for (Event e : page.events()) arr.add(eventJson.toNode(e));
        ctx.json(out);
    }

    private void actors(Context ctx) {
        params(ctx);
        List<ActorCount> codes = queries.actors();
        Map<String, Long> countries = new TreeMap<>();
        for (ActorCount a : codes) countries.merge(a.country(), a.events(), Long::sum);
        ArrayNode arr = mapper.createArrayNode();
        countries.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> arr.addObject().put("code", e.getKey()).put("country", e.getKey()).put("role", "")
                        .put("kind", "country").put("events", e.getValue()));
        codes.stream().filter(a -> !a.role().isEmpty())
                .sorted(Comparator.comparingLong(ActorCount::events).reversed().thenComparing(ActorCount::code))
                .forEach(a -> arr.addObject().put("code", a.code()).put("country", a.country()).put("role", a.role())
                        .put("kind", "actor").put("events", a.events()));
        ObjectNode out = mapper.createObjectNode();
        out.set("actors", arr);
        ctx.json(out);
    }

    private void network(Context ctx) {
        ApiParams p = params(ctx, "from", "to", "origin");
        List<NetworkEdge> edges = queries.network(p.range(), p.origin());
        Map<String, Long> nodes = new LinkedHashMap<>();
        ArrayNode e = mapper.createArrayNode();
        for (NetworkEdge edge : edges) {
            nodes.merge(edge.source(), edge.count(), Long::sum);
            nodes.merge(edge.target(), edge.count(), Long::sum);
            e.addObject().put("source", edge.source()).put("target", edge.target()).put("events", edge.count())
                    .put("goldstein", Math.round(edge.meanGoldstein() * 100) / 100.0);
        }
        ObjectNode out = mapper.createObjectNode();
        ArrayNode n = out.putArray("nodes");
        nodes.forEach((id, count) -> n.addObject().put("id", id).put("events", count));
        out.set("edges", e);
        ctx.json(out);
    }

    private void stats(Context ctx) {
        params(ctx);
        ctx.json(queries.stats());
    }

    private void sources(Context ctx) {
        params(ctx);
        ctx.json(Map.of("sources", queries.sources()));
    }

    private void openApi(Context ctx) throws IOException {
        params(ctx);
        try (InputStream in = TesseraServer.class.getClassLoader().getResourceAsStream(OPENAPI)) {
            if (in == null) throw new IllegalStateException("missing resource " + OPENAPI);
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }
}
