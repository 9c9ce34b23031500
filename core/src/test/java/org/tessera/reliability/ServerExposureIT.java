package org.tessera.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.store.EventStore;

/**
 * {@code tessera serve} as a user starts it (a child JVM, default options): it listens on
 * loopback only, and no request target, encoded or not, on static or API routes, reads a file
 * outside what it serves. The "secret" is a file of ours next to the store, reached by traversal
 * from the working directory, plus the usual {@code /etc/passwd}.
 */
class ServerExposureIT {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void serveListensOnLoopbackOnlyAndRefusesPathTraversal() throws Exception {
        Path db = tmp.resolve("store");
        EventStore.open(db).close();
        Files.writeString(tmp.resolve("secret.txt"), "SECRET-MARKER-51c2");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.tessera.cli.TesseraCli",
                "serve", "--db", db.toString(), "--port", "0").directory(db.toFile()).redirectErrorStream(true).start();
        try {
            int port = awaitPort(p);
            assertTrue(connects(InetAddress.getLoopbackAddress(), port), "not listening on loopback");
            for (InetAddress other : nonLoopbackAddresses())
                assertFalse(connects(other, port), "reachable on " + other.getHostAddress() + ": should listen on loopback only");

            List<String> targets = List.of(
                    "/..%2f..%2fetc%2fpasswd", "/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                    "/../../../../etc/passwd", "/..%5c..%5c..%5cetc%5cpasswd", "/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
                    "/..%2fsecret.txt", "/..%2f..%2fsecret.txt", "/webjars/..%2f..%2f..%2f..%2fetc%2fpasswd",
                    "/webjars/%2e%2e/%2e%2e/%2e%2e/secret.txt", "/index.html/..%2f..%2f..%2fsecret.txt",
                    "/api/..%2f..%2fetc%2fpasswd", "/api/events/..%2f..%2fetc%2fpasswd",
                    "/api/events?source=..%2f..%2fetc%2fpasswd", "/api/dyad?source=..%2f..%2fetc%2fpasswd&target=RUS",
                    "/api/dyad?source=RUS&target=BLR&from=..%2f..%2fetc%2fpasswd", "/api/search?q=..%2f..%2fetc%2fpasswd",
                    "/api/search?q=%2e%2e%2f%2e%2e%2fsecret.txt", "/api/network?from=../../etc/passwd", "/api/actors?file=../../etc/passwd",
                    "/openapi.json/..%2f..%2fetc%2fpasswd");
            for (String target : targets) {
                String response = raw(port, target);
                int status = status(response);
                assertFalse(response.contains("root:") || response.contains("SECRET-MARKER"), target + " leaked a file:\n" + response);
                assertTrue(status >= 400 && status < 500 || target.startsWith("/api/search") && status == 200,
                        target + " answered " + status + ":\n" + response);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    private static int awaitPort(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = r.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = URL.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        r.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the server stopped
                    }
                }, "serve-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("serve ended without printing its loopback URL:\n" + seen);
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) continue;
            for (InetAddress a : Collections.list(ni.getInetAddresses())) if (!a.isLinkLocalAddress()) out.add(a);
        }
        return out;
    }

    private static boolean connects(InetAddress a, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(a, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The request line exactly as given: a client library would normalise the dots away. */
    private static String raw(int port, String target) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int status(String response) {
        assertNotNull(response);
        String[] first = response.split("\r\n", 2)[0].split(" ");
        return first.length > 1 ? Integer.parseInt(first[1]) : -1;
    }
}
