package org.tessera.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/** Hostile answers for {@link LocalSite}: each a source that must cost only itself. */
final class Hostile {
    private Hostile() {
    }

    /** Redirects to itself for ever. */
    static void redirectLoop(LocalSite site, String path) {
        site.route(path, x -> {
            x.getResponseHeaders().add("Location", path);
            x.sendResponseHeaders(302, -1);
        });
    }

    /** {@code mb} megabytes of HTML, streamed (chunked, so no length tells the client in advance). */
    static void hugePage(LocalSite site, String path, int mb) {
        site.route(path, x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>padding padding padding padding</p>\n".repeat(1 << 10).getBytes();
            try (OutputStream out = x.getResponseBody()) {
                for (long sent = 0; sent < (long) mb << 20; sent += chunk.length) out.write(chunk);
            }
        });
    }

    /** A small gzip body that inflates to {@code mb} megabytes. */
    static void gzipBomb(LocalSite site, String path, String contentType, int mb) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) ' ');
            for (int i = 0; i < mb; i++) gz.write(zeros);
        }
        byte[] body = packed.toByteArray();
        site.route(path, x -> {
            x.getResponseHeaders().add("Content-Type", contentType);
            x.getResponseHeaders().add("Content-Encoding", "gzip");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** Starts a page and never finishes it: a few bytes, then a trickle, for ever (until the client hangs up). */
    static void neverEnding(LocalSite site, String path) {
        site.route(path, x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                out.write("<html><body><p>".getBytes());
                while (true) {
                    out.write("and ".getBytes());
                    out.flush();
                    Thread.sleep(100);
                }
            }
        });
    }

    /** Answers nothing (no headers) for {@code seconds}. */
    static void silent(LocalSite site, String path, int seconds) {
        site.route(path, x -> Thread.sleep(seconds * 1000L));
    }

    /** An RSS feed of {@code n} items. */
    static String feedOf(LocalSite site, int n) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>many</title>");
        for (int i = 0; i < n; i++) b.append("<item><title>t").append(i).append("</title><link>").append(site.url("/many/" + i)).append("</link></item>");
        return b.append("</channel></rss>").toString();
    }
}
