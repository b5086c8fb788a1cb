package io.github.siked.teacher.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Waits between retries: jittered exponential backoff, or what {@code Retry-After} asks. */
class OpenaiBackoffTest {

    private static final Instant NOW = Instant.parse("2026-11-22T17:00:00Z");
    private final List<Duration> slept = new ArrayList<>();

    private OpenaiBackoff backoff(double draw) {
        return new OpenaiBackoff(
                Duration.ofMillis(100),
                Duration.ofSeconds(1),
                Clock.fixed(NOW, ZoneOffset.UTC),
                slept::add,
                () -> draw);
    }

    @Test
    void drawsBelowADoublingCeilingUpToTheCap() {
        OpenaiBackoff full = backoff(0.999_999);
        List<Long> ceilings = List.of(1, 2, 3, 4, 5, 6, 40).stream()
                .map(retry -> full.delay(retry, null).toMillis())
                .toList();

        assertEquals(List.of(99L, 199L, 399L, 799L, 999L, 999L, 999L), ceilings);
        assertEquals(Duration.ZERO, backoff(0).delay(3, null));
    }

    @Test
    void readsRetryAfterAsSecondsOrAsAnHttpDate() {
        OpenaiBackoff backoff = backoff(0.5);

        assertEquals(Duration.ofSeconds(7), backoff.delay(1, "7"));
        assertEquals(Duration.ofSeconds(90), backoff.delay(1, "Sun, 22 Nov 2026 17:01:30 GMT"));
        assertEquals(Duration.ZERO, backoff.delay(1, "Sun, 22 Nov 2026 16:59:00 GMT"));
    }

    @Test
    void cutsAnOverlongRetryAfter() {
        assertEquals(OpenaiBackoff.RETRY_AFTER_LIMIT, backoff(0.5).delay(1, "86400"));
    }

    @Test
    void fallsBackToJitterWhenRetryAfterCannotBeRead() {
        OpenaiBackoff backoff = backoff(0.5);

        assertNull(backoff.retryAfter("soon"));
        assertNull(backoff.retryAfter("-3"));
        assertEquals(Duration.ofMillis(50), backoff.delay(1, "soon"));
    }

    @Test
    void sleepsOnlyForANonZeroWait() throws Exception {
        OpenaiBackoff backoff = backoff(0.5);

        backoff.pause(Duration.ZERO);
        backoff.pause(Duration.ofMillis(3));

        assertEquals(List.of(Duration.ofMillis(3)), slept);
    }
}
