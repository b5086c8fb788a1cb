package io.github.siked.event;

import java.time.Duration;

/**
 * What the core tells the outside world while it works. The Maven plugin turns these into log
 * lines; tests collect them. The core never writes to a logger of its own.
 */
public sealed interface Event {

    /** A step of work finished, for the record. */
    record Info(String message) implements Event {}

    /** Something the user should look at, which did not stop the work. */
    record Warning(String message) implements Event {}

    /**
     * Progress through a long piece of work.
     *
     * @param task what is being done, for instance {@code grading}
     * @param done units finished so far
     * @param total units in all, or -1 when unknown
     * @param unit what a unit is, for instance {@code samples}
     * @param perSecond units per second since the work began
     * @param left estimated time left, or null when the total is unknown
     */
    record Progress(String task, long done, long total, String unit, double perSecond, Duration left) implements Event {

        /** One readable line: {@code grading: 12,000/100,000 samples (12%), 3,950 samples/s, 22 s left}. */
        public String describe() {
            StringBuilder line = new StringBuilder(task).append(": ").append(String.format("%,d", done));
            if (total >= 0) {
                line.append('/').append(String.format("%,d", total));
            }
            line.append(' ').append(unit);
            if (total > 0) {
                line.append(String.format(" (%d%%)", Math.round(100.0 * done / total)));
            }
            line.append(String.format(", %,.0f %s/s", perSecond, unit));
            if (left != null && done < total) {
                line.append(", ").append(Durations.readable(left)).append(" left");
            }
            return line.toString();
        }
    }
}
