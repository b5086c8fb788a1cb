package io.github.siked.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The three ways a solution can be written (SIKeD, arXiv 2410.18574, section 3).
 *
 * <ul>
 *   <li>{@link #COT} chain of thought (Wei et al., arXiv 2201.11903): numbered prose steps ending
 *       in {@code Final Answer: N}.
 *   <li>{@link #L2M} least-to-most (Zhou et al., arXiv 2205.10625): sub-questions answered in
 *       order, ending in {@code Final Answer: N}.
 *   <li>{@link #POT} program of thought (Chen et al., arXiv 2211.12588): straight-line Python that
 *       stores the result in {@code answer}.
 * </ul>
 */
public enum Strategy {
    COT("cot"),
    L2M("l2m"),
    POT("pot");

    private final String id;

    Strategy(String id) {
        this.id = id;
    }

    /** The lower-case name used in records, tags and configuration: {@code cot}, {@code l2m}, {@code pot}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The tag a student response starts with, for instance {@code [pot]:}. */
    public String tag() {
        return "[" + id + "]:";
    }

    /**
     * Reads a strategy name as written in a record or a pom.
     *
     * @throws IllegalArgumentException naming the bad value and the allowed ones
     */
    @JsonCreator
    public static Strategy fromId(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Strategy s : values()) {
            if (s.id.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + name + "': use one of " + allIds());
    }

    /** The ids of all strategies, comma-separated, for error messages. */
    public static String allIds() {
        return Arrays.stream(values()).map(Strategy::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
