package io.github.siked.data.synthetic;

import java.util.SplittableRandom;

/**
 * Where a family draws one of its numbers from: one range in training, another under the numbers
 * shift ({@link Shift#NUMBERS}), whose questions state at least one number above anything the
 * family states in training.
 *
 * @param training the range of every split but the numbers shift
 * @param wide the range of the numbers shift
 */
record QuantityRange(Range training, Range wide) {

    /** A quantity that the numbers shift draws above every training value, up to {@code wideMax}. */
    static QuantityRange above(Range training, int wideMax) {
        return new QuantityRange(training, new Range(training.max() + 1, wideMax));
    }

    /** The range a split with this shift draws from. */
    Range in(Shift shift) {
        return shift == Shift.NUMBERS ? wide : training;
    }

    /** Draws from the range of a split with this shift. */
    int draw(SplittableRandom random, Shift shift) {
        return in(shift).draw(random);
    }
}
