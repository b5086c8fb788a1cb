package io.github.siked.report;

import java.util.Map;

/**
 * The checks the result records run in their constructors. Every number must be finite: JSON has
 * no NaN, and a NaN accuracy in a committed table would hide the fault that produced it.
 */
final class Checks {

    private Checks() {}

    /** A share or an accuracy: finite, between 0 and 1. */
    static double fraction(double value, String field) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(
                    field + " is " + value + ": it is a fraction between 0 and 1 (write 0.472, not 47.2)");
        }
        return value;
    }

    /** Every value of a map of fractions, each named {@code field.key}. */
    static void fractions(Map<String, Double> values, String field) {
        values.forEach((key, value) -> fraction(value, field + "." + key));
    }

    /** An entropy or a standard deviation: finite and not negative. */
    static double nonNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " is " + value + ": it must be a finite number, 0 or more");
        }
        return value;
    }

    /** A count: not negative. */
    static long count(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " is " + value + ": a count cannot be negative");
        }
        return value;
    }

    /** The text fields that name things: present and not blank. */
    static String name(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing or blank: name the " + field);
        }
        return value;
    }
}
