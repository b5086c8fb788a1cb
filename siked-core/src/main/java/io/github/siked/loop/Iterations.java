package io.github.siked.loop;

import java.util.Objects;

/**
 * How many iterations follow iteration 0, and what each trains from (docs/method.md, "Loop").
 *
 * @param count iterations after iteration 0 ({@code <iterations>})
 * @param trainFrom what each iteration trains from ({@code <trainFrom>})
 */
public record Iterations(int count, Continuation trainFrom) {

    public Iterations {
        Objects.requireNonNull(trainFrom, "trainFrom");
    }
}
