package io.github.siked.eval;

import java.util.Locale;

/** Small helpers for the fractions this package computes and prints. */
final class Fractions {

    private Fractions() {}

    /** {@code part / whole}, or 0 when {@code whole} is 0. */
    static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /** Checks that a named value is a fraction in [0, 1]. */
    static void require(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a fraction in [0, 1]; was " + value);
        }
    }

    /**
     * Prints two values with three decimals, or with as many more (up to nine) as it takes for
     * values that differ to print differently: a gate message must never read "0.450 is below the
     * minimum 0.450".
     *
     * @return the two printed values
     */
    static String[] distinct(double a, double b) {
        int decimals = 3;
        while (decimals < 9 && a != b && format(a, decimals).equals(format(b, decimals))) {
            decimals++;
        }
        return new String[] {format(a, decimals), format(b, decimals)};
    }

    /** One value with three decimals. */
    static String format(double value) {
        return format(value, 3);
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
