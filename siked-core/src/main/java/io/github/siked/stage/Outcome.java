package io.github.siked.stage;

import java.util.Objects;

/**
 * What running a stage came to: it ran, or its manifest matched and it was skipped. The result is
 * there either way, read back from the manifest when skipped.
 *
 * @param result what the stage found
 * @param ran whether the work was done now
 * @param <R> the result's type
 */
public record Outcome<R extends Record>(R result, boolean ran) {

    public Outcome {
        Objects.requireNonNull(result, "result");
    }

    /** The stage did its work now. */
    public static <R extends Record> Outcome<R> ran(R result) {
        return new Outcome<>(result, true);
    }

    /** The stage's manifest matched: nothing was done, and the result is the recorded one. */
    public static <R extends Record> Outcome<R> skipped(R result) {
        return new Outcome<>(result, false);
    }

    /** Whether the manifest matched and the work was skipped. */
    public boolean skipped() {
        return !ran;
    }
}
