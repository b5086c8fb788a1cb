package io.github.siked.sandbox;

import io.github.siked.record.Verdict;

/**
 * What running one program-of-thought program gave. Only {@link Answer} carries a number; the
 * other outcomes map to a verdict of their own, whatever the gold answer.
 */
public sealed interface SandboxResult {

    /**
     * The verdict of a result that is not an answer, or null for an {@link Answer}, which the
     * grader compares with the gold number.
     */
    default Verdict verdict() {
        if (this instanceof Answer) {
            return null;
        }
        if (this instanceof NoAnswer) {
            return Verdict.NO_ANSWER;
        }
        if (this instanceof Timeout) {
            return Verdict.TIMEOUT;
        }
        if (this instanceof Rejected) {
            return Verdict.REJECTED;
        }
        // WrongType and Failed: the program ran and broke, or gave something that is not a number.
        return Verdict.ERROR;
    }

    /** The program set {@code answer} to a number, here as a canonical decimal string. */
    record Answer(String value) implements SandboxResult {
        public Answer {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("an answer needs a value");
            }
        }
    }

    /** The program finished without setting {@code answer}, or set it to None. */
    record NoAnswer() implements SandboxResult {}

    /** The program set {@code answer} to something that is not a number, described by {@code type}. */
    record WrongType(String type) implements SandboxResult {}

    /** The program ran past its CPU-time limit, or its worker past the wall-clock deadline. */
    record Timeout() implements SandboxResult {}

    /** The sandbox refused the program, before running it or when it reached for something forbidden. */
    record Rejected(String reason) implements SandboxResult {}

    /** The program raised, did not compile, or its worker crashed. */
    record Failed(String error) implements SandboxResult {}
}
