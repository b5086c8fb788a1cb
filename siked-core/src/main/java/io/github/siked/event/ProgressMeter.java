package io.github.siked.event;

import java.time.Duration;

/**
 * Counts units of work and reports progress with rate and time left, at most once per interval,
 * so that a loop over a million samples prints a line every few seconds rather than a million.
 * Not thread-safe: advance it from one thread.
 */
public final class ProgressMeter {

    private final EventListener listener;
    private final String task;
    private final String unit;
    private final long total;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long done;

    /**
     * @param total units in all, or -1 when unknown
     * @param interval the least time between two reports
     */
    public ProgressMeter(EventListener listener, String task, String unit, long total, Duration interval) {
        this.listener = listener;
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.intervalNanos = interval.toNanos();
    }

    /** Adds finished units and reports if the interval has passed. */
    public void advance(long units) {
        done += units;
        long now = System.nanoTime();
        if (now - lastReport >= intervalNanos) {
            lastReport = now;
            listener.on(progress(now));
        }
    }

    /** Reports the final count, whatever the interval. */
    public Event.Progress finish() {
        Event.Progress last = progress(System.nanoTime());
        listener.on(last);
        return last;
    }

    /** Units finished so far. */
    public long done() {
        return done;
    }

    private Event.Progress progress(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        Duration left = null;
        if (total >= 0 && rate > 0) {
            left = Duration.ofMillis(Math.round(1000 * Math.max(0, total - done) / rate));
        }
        return new Event.Progress(task, done, total, unit, rate, left);
    }
}
