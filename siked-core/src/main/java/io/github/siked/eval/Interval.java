package io.github.siked.eval;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A confidence interval for an accuracy, written to JSON as {@code [low, high]} (docs/contracts.md,
 * "Results": {@code ci95}).
 *
 * <p>{@link #wilson95} uses the Wilson score interval (Wilson 1927; Brown, Cai and DasGupta,
 * "Interval Estimation for a Binomial Proportion", Statistical Science 16(2), 2001) rather than the
 * textbook normal ("Wald") interval p ± z·√(p(1−p)/n). The Wald interval collapses to a single
 * point at 0 % and 100 % and leaves [0, 1] near them, which is exactly where small evaluations land:
 * a 20-problem validation split, a student that never picks l2m, a synthetic split the student has
 * mastered. Wilson's interval stays inside [0, 1], is never empty, and keeps close to its nominal
 * 95 % coverage for small n.
 *
 * @param low the lower bound, in [0, 1]
 * @param high the upper bound, in [low, 1]
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"low", "high"})
public record Interval(double low, double high) {

    /** The two-sided 95 % standard normal quantile. */
    public static final double Z95 = 1.959964;

    public Interval {
        if (!(0 <= low && low <= high && high <= 1)) {
            throw new IllegalArgumentException(
                    "interval [" + low + ", " + high + "] must satisfy 0 <= low <= high <= 1");
        }
    }

    /**
     * The 95 % Wilson score interval for {@code correct} successes out of {@code n} trials. With no
     * trials nothing is known, so the interval is all of [0, 1].
     *
     * @throws IllegalArgumentException when the counts are negative or {@code correct > n}
     */
    public static Interval wilson95(long correct, long n) {
        if (n < 0 || correct < 0 || correct > n) {
            throw new IllegalArgumentException(
                    "a confidence interval needs 0 <= correct <= n; was correct=" + correct + ", n=" + n);
        }
        if (n == 0) {
            return new Interval(0, 1);
        }
        double p = (double) correct / n;
        double z2n = Z95 * Z95 / n;
        double center = (p + z2n / 2) / (1 + z2n);
        double half = Z95 / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        // At p = 0 or 1 the bound is 0 or 1 in exact arithmetic; rounding may step just outside.
        double low = correct == 0 ? 0 : Math.max(0, center - half);
        double high = correct == n ? 1 : Math.min(1, center + half);
        return new Interval(low, high);
    }
}
