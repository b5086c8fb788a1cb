package io.github.siked.number;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Decides whether a predicted number equals the gold one.
 *
 * <p>Integers must match exactly. Otherwise the two may differ by a relative tolerance of
 * {@value #RELATIVE_TOLERANCE} (or an absolute {@value #ABSOLUTE_TOLERANCE} near zero), so that a
 * program's {@code 0.30000000000000004} matches a gold {@code 0.3}, but {@code 0.33} does not match
 * {@code 1/3}.
 */
public final class NumericMatch {

    /** Relative tolerance for non-integral values. */
    public static final double RELATIVE_TOLERANCE = 1e-6;

    /** Absolute tolerance, for values near zero. */
    public static final double ABSOLUTE_TOLERANCE = 1e-9;

    private NumericMatch() {}

    /** Whether two numbers are equal within the tolerance. */
    public static boolean equal(BigDecimal predicted, BigDecimal gold) {
        if (predicted.compareTo(gold) == 0) {
            return true;
        }
        if (isIntegral(predicted) && isIntegral(gold)) {
            return false;
        }
        BigDecimal difference = predicted.subtract(gold).abs();
        if (difference.doubleValue() <= ABSOLUTE_TOLERANCE) {
            return true;
        }
        double scale = Math.max(predicted.abs().doubleValue(), gold.abs().doubleValue());
        return difference.doubleValue() <= RELATIVE_TOLERANCE * scale;
    }

    /** Whether two number strings parse and are equal within the tolerance; false if either does not parse. */
    public static boolean equal(String predicted, String gold) {
        Optional<BigDecimal> p = CanonicalNumber.parse(predicted);
        Optional<BigDecimal> g = CanonicalNumber.parse(gold);
        return p.isPresent() && g.isPresent() && equal(p.get(), g.get());
    }

    private static boolean isIntegral(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
