package io.github.siked.djl.sample;

import java.nio.charset.StandardCharsets;

/**
 * The seed of one sample's random stream, derived from the run's seed, the problem's id, the
 * forced strategy and the sample's index. Each row draws from its own stream, so a sample does not
 * depend on which other rows share its batch, on the batch size, or on the order of problems: a
 * rerun with another {@code siked.sample.batchSize} repeats every sample.
 */
final class RowSeed {

    private RowSeed() {}

    /**
     * @param stream what else separates the streams of one problem, for instance the forced
     *     strategy, so that cot and pot samples of a question do not share their draws
     */
    static long of(long seed, String problemId, String stream, int index) {
        long h = mix(seed ^ 0x5851F42D4C957F2DL);
        h = mix(h ^ fnv(problemId));
        h = mix(h ^ fnv(stream));
        return mix(h + index);
    }

    /** FNV-1a over UTF-8: stable across JVMs, unlike identity hashes. */
    private static long fnv(String text) {
        long h = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
