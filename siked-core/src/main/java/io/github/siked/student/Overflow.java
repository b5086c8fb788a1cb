package io.github.siked.student;

import java.util.Locale;

/** What packing does with an example longer than a row ({@code siked.train.overflow}). */
public enum Overflow {
    /**
     * Keep the prompt and as much of the response as fits; the cut response loses its end marker, so
     * the student is never taught to stop early. An example whose prompt alone fills a row is
     * rejected all the same: it has nothing left to learn from.
     */
    TRUNCATE,
    /** Leave the example out. */
    REJECT;

    /** {@code truncate} or {@code reject}, as a pom writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the pom value.
     *
     * @throws IllegalArgumentException naming the bad value and the allowed ones
     */
    public static Overflow fromId(String value) {
        for (Overflow overflow : values()) {
            if (overflow.id().equals(value)) {
                return overflow;
            }
        }
        throw new IllegalArgumentException("siked.train.overflow is '" + value + "': use truncate or reject");
    }
}
