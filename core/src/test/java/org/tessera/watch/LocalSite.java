package org.tessera.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A web site for tests, on 127.0.0.1 only (an ephemeral port): paths answer with fixed pages or
 * with handlers of the test's own (hostile ones included); every request is logged with its
 * User-Agent and conditional headers. Unknown paths (robots.txt unless set) are 404s.
 */
final class LocalSite implements AutoCloseable {
    /** A logged request. */
    record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince) {
    }

    interface Handler {
        void handle(HttpExchange x) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", x -> {
            try (x) {
                String path = x.getRequestURI().getRawPath();
                requests.add(new Request(path, x.getRequestHeaders().getFirst("User-Agent"), x.getRequestHeaders().getFirst("If-None-Match"),
                        x.getRequestHeaders().getFirst("If-Modified-Since")));
                Handler h = routes.get(path);
                if (h == null) send(x, 404, "text/plain", "not here");
                else h.handle(x);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client hung up (a cut-off test): nothing to answer
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void route(String path, Handler h) {
        routes.put(path, h);
    }

    /** A fixed page with an ETag: a request bearing it gets a 304. */
    void page(String path, String contentType, String body) {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        route(path, x -> {
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            x.getResponseHeaders().add("ETag", etag);
            send(x, 200, contentType, body);
        });
    }

    static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", contentType);
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    long requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
