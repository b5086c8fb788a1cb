package io.github.siked.loop;

import java.util.Locale;

/**
 * What iteration t trains from (docs/method.md, "Loop"): the previous iteration's student, as
 * SIKeD does by default, or the base model again (the paper's ablation).
 */
public enum Continuation {
    /** Iteration t starts from student t-1. */
    PREVIOUS,
    /** Every iteration starts from the base model. */
    BASE;

    /** {@code previous} or {@code base}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code <trainFrom>}; the message lists the allowed values. */
    public static Continuation parse(String id) {
        for (Continuation c : values()) {
            if (c.id().equals(id == null ? "" : id.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "<trainFrom> is '" + id + "': use previous (continue from the last student, SIKeD's default)"
                        + " or base (restart every iteration from the base model)");
    }
}
