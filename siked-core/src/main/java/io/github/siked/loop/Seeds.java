package io.github.siked.loop;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeds of the loop's stages, each derived from a run's seed, the stage's role and the iteration,
 * so that a rerun draws exactly the same numbers and two roles never share a stream.
 */
final class Seeds {

    private Seeds() {}

    /** A seed for {@code role} in {@code iteration} of the run seeded with {@code seed}. */
    static long derive(long seed, String role, int iteration) {
        long h = seed * 0x9E3779B97F4A7C15L + iteration;
        for (byte b : role.getBytes(StandardCharsets.UTF_8)) {
            h = h * 1_000_003L + b;
        }
        // Non-negative, because some consumers (torch's generator) want an int-sized positive seed.
        return new SplittableRandom(h).nextLong() >>> 33;
    }
}
