package io.github.siked.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The outcome of grading one sample (docs/contracts.md, "Records"). */
public enum Verdict {
    /** The extracted answer equals the gold one. */
    CORRECT,
    /** An answer was found and differs from the gold one. */
    WRONG,
    /** No answer could be read: no number in the text, or a program that never set {@code answer}. */
    NO_ANSWER,
    /** The program ran past its time limit. */
    TIMEOUT,
    /** The program raised, crashed, or set {@code answer} to something that is not a number. */
    ERROR,
    /** The sandbox refused the program before running it. */
    REJECTED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Verdict fromId(String id) {
        for (Verdict v : values()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + id + "'");
    }
}
