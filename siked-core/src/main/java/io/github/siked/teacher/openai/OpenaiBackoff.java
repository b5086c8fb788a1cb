package io.github.siked.teacher.openai;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before a retry: exponential backoff with full jitter (a uniform draw below
 * {@code min(cap, base * 2^(retry-1))}), so that many clients refused at once do not all come back
 * at once; or exactly what the server's {@code Retry-After} asks, since it knows its queue best.
 * The clock, the sleep and the random draw are injectable so tests measure waits without waiting.
 */
final class OpenaiBackoff {

    /** Sleeps; {@code Thread::sleep} outside tests. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A {@code Retry-After} longer than this is cut to it, so a bad header cannot stall a build for hours. */
    static final Duration RETRY_AFTER_LIMIT = Duration.ofMinutes(10);

    private final Duration base;
    private final Duration cap;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    OpenaiBackoff(Duration base, Duration cap, Clock clock, Sleeper sleeper, DoubleSupplier random) {
        this.base = base;
        this.cap = cap;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** The configured base and cap, the system clock, real sleeps and a thread-local random draw. */
    static OpenaiBackoff of(OpenaiConfig config) {
        return new OpenaiBackoff(
                config.retries().base(),
                config.retries().cap(),
                Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry).
     *
     * @param retryAfter the server's {@code Retry-After} header, or null
     */
    Duration delay(int retry, String retryAfter) {
        Duration asked = retryAfter(retryAfter);
        if (asked != null) {
            return asked.compareTo(RETRY_AFTER_LIMIT) > 0 ? RETRY_AFTER_LIMIT : asked;
        }
        Duration ceiling = base;
        for (int i = 1; i < retry && ceiling.compareTo(cap) < 0; i++) {
            ceiling = ceiling.multipliedBy(2);
        }
        if (ceiling.compareTo(cap) > 0) {
            ceiling = cap;
        }
        return Duration.ofNanos((long) (random.getAsDouble() * ceiling.toNanos()));
    }

    /**
     * A {@code Retry-After} value as a wait: delta-seconds or an HTTP date (RFC 9110 10.2.3); null
     * when absent or unreadable, and then the jittered backoff applies.
     */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    void pause(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            sleeper.sleep(duration);
        }
    }
}
