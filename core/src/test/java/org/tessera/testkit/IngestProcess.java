package org.tessera.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code tessera ingest} in a real child JVM (same java, same classpath), for tests that kill an
 * ingest and resume it. The child prints "committed ID" after each document's commit (hidden
 * option {@code --log-commits}); {@link #awaitCommitted} waits for such lines, {@link #kill}
 * sends SIGKILL. Each child loads CoreNLP (tens of seconds): keep the number of children small.
 */
public final class IngestProcess implements AutoCloseable {
    private final Process process;
    private final List<String> committed = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private IngestProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    stderr.add(line);
                    if (line.startsWith("committed ")) committed.add(line.substring("committed ".length()));
                }
            } catch (IOException ignored) {
                // the child was killed: its pipe closes under us
            }
        }, "ingest-process-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code tessera ingest --db DB --log-commits -q EXTRA... INPUTS...}. */
    public static IngestProcess start(Path db, List<Path> inputs, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString(), "--log-commits", "-q"));
        args.addAll(List.of(extra));
        for (Path p : inputs) args.add(p.toString());
        return tessera(args);
    }

    /** Starts {@code tessera ARGS...} (another verb that logs "committed ID" lines, such as {@code watch --log-commits}). */
    public static IngestProcess tessera(List<String> args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx3g", "-Xss16m", "-cp", System.getProperty("java.class.path"),
                "org.tessera.cli.TesseraCli"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        return new IngestProcess(pb.start());
    }

    /** Waits until at least {@code n} documents are committed; false if the child ended or time ran out first. */
    public boolean awaitCommitted(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (committed.size() < n) {
            if (!process.isAlive() || System.nanoTime() > deadline) return committed.size() >= n;
            Thread.sleep(20);
        }
        return true;
    }

    /** Waits until the child has written a line that {@code wanted} accepts; false if it ended or time ran out first. */
    public boolean awaitOutput(java.util.function.Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stderr.stream().noneMatch(wanted)) {
            if (!process.isAlive() || System.nanoTime() > deadline) return stderr.stream().anyMatch(wanted);
            Thread.sleep(20);
        }
        return true;
    }

    /** SIGKILL, then waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the child to finish; returns its exit code, or -1 on timeout (the child is then killed). */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        reader.join(5000);
        return process.exitValue();
    }

    public List<String> committed() {
        return List.copyOf(committed);
    }

    /** Everything the child wrote (stderr and stdout merged), for failure messages. */
    public String output() {
        return String.join("\n", stderr);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
