package io.github.siked.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back as a given double: what Python's {@code repr} prints, so
 * {@code 5186630.5999999996} (as GSM-Hard's file writes one target) becomes {@code 5186630.6}.
 *
 * <p>Java 17's {@code Double.toString} does not promise the shortest digits (JDK-4511638, fixed
 * in Java 19), so the digits are searched here: the exact value rounded to 1, 2, … 17 significant
 * digits, stopping at the first that converts back to the same double. The nearest decimal of a
 * given length is the one most likely to round-trip, so the first hit is the shortest.
 */
public final class ShortestDecimal {

    private static final int MAX_DIGITS = 17;

    private ShortestDecimal() {}

    /** The shortest decimal that converts back to {@code value}. */
    public static BigDecimal of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < MAX_DIGITS; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded;
            }
        }
        return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN));
    }
}
