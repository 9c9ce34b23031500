package org.tessera.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by this process and by the whole machine, so a report can say how many cores a
 * run really used (the JIT compilers, the garbage collector and the database's own threads make
 * even a "one-thread" run use more than one) and how busy the rest of the machine was. The
 * machine figure comes from Linux's /proc/stat and is zero elsewhere. Stateless.
 */
final class CpuClock {
    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** Linux reports /proc/stat in USER_HZ ticks, 100 a second on every common configuration. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private CpuClock() {
    }

    /** CPU nanoseconds: this process's, the machine's non-idle total, and the JIT compilers' time in this process. */
    record Reading(long process, long machine, long jit) {
        Reading minus(Reading o) {
            return new Reading(process - o.process, machine - o.machine, jit - o.jit);
        }
    }

    static Reading now() {
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
        return new Reading(process, machineBusy(), jitNanos());
    }

    /** Time the JIT compilers have spent so far, summed over their threads (0 where the JVM does not say). */
    static long jitNanos() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() * 1_000_000L : 0;
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
