package org.tessera.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster on 127.0.0.1: one master and N workers, each its own JVM, run from a
 * Spark home whose jars/ folder is Spark's artifacts from Maven Central. Workers launch executors
 * as further JVMs from the same Spark home, as on a real cluster. Ready once the master's status
 * page counts every worker alive.
 */
final class StandaloneCluster implements AutoCloseable {
    private final List<JvmProcess> processes = new ArrayList<>();
    private final String masterUrl;
    private final List<Path> workDirs = new ArrayList<>();

    private StandaloneCluster(String masterUrl) {
        this.masterUrl = masterUrl;
    }

    /**
     * Starts the cluster and waits until every worker has registered.
     *
     * @param workerMemory what each worker offers its executors, as Spark writes it ("5g")
     */
    static StandaloneCluster start(Path sparkHome, Path dir, int workers, int coresPerWorker, String workerMemory,
                                   List<String> jvmOptions) throws IOException, InterruptedException {
        int port = freePort();
        int uiPort = freePort();
        StandaloneCluster cluster = new StandaloneCluster("spark://127.0.0.1:" + port);
        String classpath = sparkHome.resolve("jars") + "/*";
        Map<String, String> env = env(sparkHome);
        List<String> options = new ArrayList<>(List.of("-Xmx512m"));
        options.addAll(jvmOptions);
        try {
            cluster.processes.add(JvmProcess.start("master", options, classpath, "org.apache.spark.deploy.master.Master",
                    List.of("--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(uiPort)),
                    env, dir.resolve("master.log")));
            for (int w = 1; w <= workers; w++) {
                Path work = Files.createDirectories(dir.resolve("worker-" + w));
                cluster.workDirs.add(work);
                cluster.processes.add(JvmProcess.start("worker " + w, options, classpath, "org.apache.spark.deploy.worker.Worker",
                        List.of("--host", "127.0.0.1", "--cores", String.valueOf(coresPerWorker), "--memory", workerMemory,
                                "--webui-port", String.valueOf(freePort()), "--work-dir", work.toString(), cluster.masterUrl),
                        env, dir.resolve("worker-" + w + ".log")));
            }
            cluster.awaitWorkers(uiPort, workers, Duration.ofSeconds(120));
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** What every JVM of the cluster and its clients needs: the Spark home, and loopback only. */
    static Map<String, String> env(Path sparkHome) {
        return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_SCALA_VERSION", "2.13");
    }

    String masterUrl() {
        return masterUrl;
    }

    /** The workers' work folders, where each executor leaves its stdout and stderr. */
    List<Path> workDirs() {
        return List.copyOf(workDirs);
    }

    private void awaitWorkers(int uiPort, int workers, Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            for (JvmProcess p : processes)
                if (!p.isAlive()) throw new IllegalStateException(p + " exited while the cluster started; see " + p.log());
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode status = json.readTree(r.body());
                int alive = status.path("aliveworkers").asInt(0);
                if (alive >= workers && "ALIVE".equals(status.path("status").asText())) return;
                last = alive + " of " + workers + " workers alive";
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the cluster did not come up in " + limit.toSeconds() + " s: " + last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        // Workers first, so that they take their executors with them, then the master.
        for (int i = processes.size() - 1; i >= 0; i--) processes.get(i).close();
        processes.clear();
    }
}
