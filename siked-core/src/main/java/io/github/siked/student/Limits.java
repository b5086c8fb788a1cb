package io.github.siked.student;

/**
 * Range checks for the student settings, with messages that name the pom key, the value and the
 * allowed range, so that a user reading the build log knows what to change.
 */
final class Limits {

    private Limits() {}

    static void between(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    key + " is " + value + ": use a whole number from " + min + " to " + max);
        }
    }

    static void between(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(key + " is " + value + ": use a value from " + min + " to " + max);
        }
    }

    /** A range open at the bottom, for settings that must be positive: (min, max]. */
    static void above(String key, double value, double min, double max) {
        if (!(value > min && value <= max)) {
            throw new IllegalArgumentException(
                    key + " is " + value + ": use a value above " + min + " and at most " + max);
        }
    }
}
