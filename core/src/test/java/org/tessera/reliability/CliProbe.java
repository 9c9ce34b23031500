package org.tessera.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tessera.cli.TesseraCli;

/**
 * Child-JVM entry for tests: runs one or more {@code tessera} command lines (separated by
 * {@code --then}) through the real CLI entry, printing {@code probe: exit N} after each and
 * {@code probe: peak-heap BYTES} at the end. The peak is sampled from the heap MXBean every 20 ms
 * (the JVM's own -Xmx is the hard bound; this is the figure to report).
 */
public final class CliProbe {
    private CliProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        List<String> current = new ArrayList<>();
        List<String[]> commands = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--then")) {
                commands.add(current.toArray(String[]::new));
                current.clear();
            } else {
                current.add(a);
            }
        }
        commands.add(current.toArray(String[]::new));
        int last = 0;
        for (String[] c : commands) {
            long t0 = System.nanoTime();
            last = TesseraCli.run(c);
            System.err.printf("probe: exit %d for %s in %.1f s%n", last, Arrays.asList(c).subList(0, Math.min(1, c.length)),
                    (System.nanoTime() - t0) / 1e9);
        }
        sampler.interrupt();
        sampler.join();
        System.err.println("probe: peak-heap " + peak.get());
        System.exit(last);
    }
}
