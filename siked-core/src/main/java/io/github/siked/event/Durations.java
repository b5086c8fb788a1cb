package io.github.siked.event;

import java.time.Duration;

/** Durations as people read them: {@code 850 ms}, {@code 42 s}, {@code 3 min 05 s}, {@code 2 h 04 min}. */
public final class Durations {

    private Durations() {}

    public static String readable(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return ms + " ms";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3_600) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return String.format("%d h %02d min", s / 3_600, (s % 3_600) / 60);
    }
}
