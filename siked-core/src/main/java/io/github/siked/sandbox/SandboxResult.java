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
    Verdict verdict();

    /** The program set {@code answer} to a number, here as a canonical decimal string. */
    record Answer(String value) implements SandboxResult {
        public Answer {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("an answer needs a value");
            }
        }

        @Override
        public Verdict verdict() {
            return null;
        }
    }

    /** The program finished without setting {@code answer}, or set it to None. */
    record NoAnswer() implements SandboxResult {
        @Override
        public Verdict verdict() {
            return Verdict.NO_ANSWER;
        }
    }

    /** The program set {@code answer} to something that is not a number, described by {@code type}. */
    record WrongType(String type) implements SandboxResult {
        @Override
        public Verdict verdict() {
            return Verdict.ERROR;
        }
    }

    /** The program ran past its CPU-time limit, or its worker past the wall-clock deadline. */
    record Timeout() implements SandboxResult {
        @Override
        public Verdict verdict() {
            return Verdict.TIMEOUT;
        }
    }

    /** The sandbox refused the program, before running it or when it reached for something forbidden. */
    record Rejected(String reason) implements SandboxResult {
        @Override
        public Verdict verdict() {
            return Verdict.REJECTED;
        }
    }

    /** The program raised, did not compile, or its worker crashed. */
    record Failed(String error) implements SandboxResult {
        @Override
        public Verdict verdict() {
            return Verdict.ERROR;
        }
    }
}
