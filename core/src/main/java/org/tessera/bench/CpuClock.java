package org.tessera.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by this process and by the whole machine, so a report can say how many cores a
 * run really used (the garbage collector, the language detector's and the database's own threads
 * make even a "one-thread" run use more than one) and how busy the rest of the machine was. The
 * machine figure comes from Linux's /proc/stat and is zero elsewhere. Stateless.
 */
final class CpuClock {
    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** Linux reports /proc/stat in USER_HZ ticks, 100 a second on every common configuration. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private CpuClock() {
    }

    /** CPU nanoseconds: this process's, and the machine's non-idle total. */
    record Reading(long process, long machine) {
        Reading minus(Reading o) {
            return new Reading(process - o.process, machine - o.machine);
        }
    }

    static Reading now() {
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
        return new Reading(process, machineBusy());
    }

    private static long machineBusy() {
        try {
            String first = Files.readAllLines(PROC_STAT).get(0);
            String[] f = first.trim().split("\\s+");
            if (!f[0].equals("cpu")) return 0;
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) if (i != 4 && i != 5) busy += Long.parseLong(f[i]); // skip idle, iowait
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0; // not Linux, or unreadable: the report then leaves the machine figure out
        }
    }
}
