package io.github.siked.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.siked.number.CanonicalNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer read from a cot or l2m output, and the rule that read it.
 *
 * @param answer the number as a canonical decimal string ({@link CanonicalNumber}), or null when
 *     no rule found one
 * @param rule which rule fired; {@link Rule#NONE} exactly when {@code answer} is null
 */
public record Extraction(String answer, Rule rule) {

    /** The rules of {@link AnswerExtractor}, in the order they are tried. */
    public enum Rule {
        /** The first number after the first {@code Final Answer:}. */
        FINAL_ANSWER("final-answer"),
        /** The first number after the last {@code answer is}. */
        ANSWER_IS("answer-is"),
        /** The last number in the text. */
        LAST_NUMBER("last-number"),
        /** No number at all. */
        NONE("none");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        /** The name used in fixtures and reports, for instance {@code final-answer}. */
        @JsonValue
        public String id() {
            return id;
        }

        /** Reads a rule name such as {@code last-number}. */
        @JsonCreator
        public static Rule fromId(String id) {
            for (Rule r : values()) {
                if (r.id.equals(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown extraction rule '" + id + "'");
        }
    }

    private static final Extraction NOTHING = new Extraction(null, Rule.NONE);

    public Extraction {
        Objects.requireNonNull(rule, "rule");
        if ((answer == null) != (rule == Rule.NONE)) {
            throw new IllegalArgumentException(
                    "rule " + rule.id() + " with answer " + answer + ": an answer needs a rule other than none");
        }
        if (answer != null
                && !CanonicalNumber.canonical(answer).map(answer::equals).orElse(false)) {
            throw new IllegalArgumentException("answer '" + answer + "' is not a canonical number");
        }
    }

    /** The result when no number was found. */
    public static Extraction none() {
        return NOTHING;
    }

    /** The answer, when one was found. */
    public Optional<String> number() {
        return Optional.ofNullable(answer);
    }

    /** Whether a number was found. */
    public boolean found() {
        return answer != null;
    }
}
