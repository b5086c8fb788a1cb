package io.github.siked.data.synthetic;

import io.github.siked.number.CanonicalNumber;
import io.github.siked.record.Problem;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A generated word problem with the computation that solves it, so that a scripted teacher can
 * write correct and deliberately wrong rationales in every strategy.
 *
 * @param problem the record every stage reads; its answer is the computation's, canonical
 * @param family the id of the family that drew it ({@code bulk}, {@code chain}, {@code compare},
 *     {@code groups}, {@code rate})
 * @param computation the givens and operations, the last of which is the answer
 */
public record SyntheticProblem(Problem problem, String family, Computation computation) {

    public SyntheticProblem {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(computation, "computation");
        String expected = CanonicalNumber.format(BigDecimal.valueOf(computation.answer()));
        if (!expected.equals(problem.answer())) {
            throw new IllegalArgumentException("problem "
                    + problem.id()
                    + " has answer '"
                    + problem.answer()
                    + "' but its computation gives "
                    + expected
                    + ": regenerate the problem or fix the computation");
        }
    }

    /** Builds the problem record from its parts, deriving the answer from the computation. */
    public static SyntheticProblem of(String id, String question, String family, Computation computation) {
        String answer = CanonicalNumber.format(BigDecimal.valueOf(computation.answer()));
        return new SyntheticProblem(new Problem(id, question, answer), family, computation);
    }

    /** The problem's id, {@code synthetic-<split>-<index>}. */
    public String id() {
        return problem.id();
    }

    /** The question text shown to teacher and student. */
    public String question() {
        return problem.question();
    }

    /** The gold answer as a canonical decimal string. */
    public String answer() {
        return problem.answer();
    }
}
