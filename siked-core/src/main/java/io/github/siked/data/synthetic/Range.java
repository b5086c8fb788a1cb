package io.github.siked.data.synthetic;

import java.util.SplittableRandom;

/** An inclusive range of whole numbers to draw from. */
record Range(int min, int max) {

    Range {
        if (min > max) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
    }

    int draw(SplittableRandom random) {
        return random.nextInt(min, max + 1);
    }

    /** This range with its top lowered to {@code limit}. */
    Range capped(int limit) {
        return new Range(min, Math.min(max, limit));
    }
}
