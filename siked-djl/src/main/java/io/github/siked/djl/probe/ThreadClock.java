package io.github.siked.djl.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall-clock and this thread's CPU time together. With one torch thread every native op runs on
 * the calling thread, so the CPU time is the work done, whatever the neighbours on a shared
 * machine take from it; the wall clock counts their share too.
 */
public record ThreadClock(long wallNanos, long cpuNanos) {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Now, on the calling thread. */
  public static ThreadClock now() {
    return new ThreadClock(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
  }

  /** Seconds of wall clock since {@code start}. */
  public double wallSecondsSince(ThreadClock start) {
    return (wallNanos - start.wallNanos) / 1e9;
  }

  /** Seconds of this thread's CPU time since {@code start}. */
  public double cpuSecondsSince(ThreadClock start) {
    return (cpuNanos - start.cpuNanos) / 1e9;
  }
}
