package io.github.siked.djl.probe;

import java.lang.management.ManagementFactory;

/**
 * Wall clock and this process's CPU time together. With one torch thread the process's CPU time
 * is the work done, whatever the neighbours on a shared machine take from it, while the wall clock
 * counts their share too. It is the process's time, not the calling thread's: libtorch does part
 * of a training step (about an eighth here) on native threads of its own, and the PyTorch baseline
 * is timed the same way ({@code time.process_time()}). JIT and GC threads are counted as well.
 */
public record CpuClock(long wallNanos, long cpuNanos) {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Now. */
    public static CpuClock now() {
        return new CpuClock(System.nanoTime(), OS.getProcessCpuTime());
    }

    /** Seconds of wall clock since {@code start}. */
    public double wallSecondsSince(CpuClock start) {
        return (wallNanos - start.wallNanos) / 1e9;
    }

    /** Seconds of the process's CPU time since {@code start}. */
    public double cpuSecondsSince(CpuClock start) {
        return (cpuNanos - start.cpuNanos) / 1e9;
    }
}
