package org.tessera.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /**
     * CPU time the JIT compiler threads have used so far. On Linux it is read per thread from
     * /proc/self/task, because the JVM's own figure is elapsed time, which counts a compiler
     * thread's wait for a core as work exactly when the workers keep every core busy. Elsewhere it
     * is that elapsed figure (0 where the JVM does not say).
     */
    static long jitNanos() {
        long proc = compilerThreadsCpu();
        if (proc >= 0) return proc;
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() * 1_000_000L : 0;
    }

    private static long compilerThreadsCpu() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) return -1;
        long ticks = 0;
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) all::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    // "pid (comm) state ...": the name may hold spaces, so fields are counted after its ')'.
                    int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                    if (open < 0 || close < open) continue;
                    String comm = stat.substring(open + 1, close);
                    if (!comm.startsWith("C1 Compiler") && !comm.startsWith("C2 Compiler")) continue;
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                } catch (IOException | RuntimeException e) {
                    // The thread ended meanwhile: its time is gone with it.
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * NANOS_PER_TICK;
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
