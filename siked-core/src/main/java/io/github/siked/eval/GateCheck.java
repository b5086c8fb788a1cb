package io.github.siked.eval;

import java.util.Objects;

/**
 * One check of the accuracy gate and its outcome.
 *
 * @param name a short label, for instance {@code gsm8k-test >= 0.450} or {@code gsm8k-test >=
 *     combined + 0.020}: the test case's name in the JUnit report
 * @param dataset the dataset checked
 * @param required the accuracy needed; NaN when it could not be known (the baseline was not run)
 * @param measured the accuracy measured; NaN when the dataset was not evaluated
 * @param passed whether {@code measured >= required}; a check missing either number never passes
 * @param description one sentence saying what was needed and what was measured, or what is missing
 *     and how to fix it
 */
public record GateCheck(
        String name, String dataset, double required, double measured, boolean passed, String description) {

    public GateCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(description, "description");
        if (passed && (Double.isNaN(required) || Double.isNaN(measured))) {
            throw new IllegalArgumentException("check '" + name + "' cannot pass without both numbers");
        }
    }
}
