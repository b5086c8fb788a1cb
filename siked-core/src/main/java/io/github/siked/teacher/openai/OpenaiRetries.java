package io.github.siked.teacher.openai;

import java.time.Duration;

/**
 * How often the {@code openai} teacher retries a failed request, and how long it waits between
 * attempts: exponential backoff with full jitter ({@link OpenaiBackoff}).
 *
 * @param max how many times one request is retried after its first attempt
 * @param base the first retry's upper bound; each retry doubles it
 * @param cap the largest wait between two attempts, unless the server's {@code Retry-After} asks
 *     for longer
 */
public record OpenaiRetries(int max, Duration base, Duration cap) {

    public OpenaiRetries {
        if (max < 0 || max > 100) {
            throw new IllegalArgumentException("`siked.teacher.maxRetries` must be between 0 and 100; was " + max);
        }
        OpenaiConfig.requirePositive(base, "backoffBase");
        OpenaiConfig.requirePositive(cap, "backoffCap");
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("`siked.teacher.backoffCap` (" + cap
                    + ") must be at least `siked.teacher.backoffBase` (" + base + ")");
        }
    }
}
