package io.github.siked.mix;

import io.github.siked.strategy.Strategy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rows an iteration's data holds: a selection of the teacher's rows, the student's own
 * correct samples mixed in by a policy, or a teacher-only control of a given size.
 *
 * @param selection which teacher rows are kept ({@code <selection>})
 * @param priority the biased baseline's strategy order ({@code <priority>})
 * @param mixing how student and teacher rows are mixed; its strategies also limit the teacher rows;
 *     empty for teacher data alone
 * @param controlRows 0, or the row count of a teacher-only control (the matched SIKeD run's rows)
 */
public record MixRecipe(
        TeacherSelection selection, List<Strategy> priority, Optional<Mixing> mixing, long controlRows) {

    public MixRecipe {
        Objects.requireNonNull(selection, "<selection>");
        priority = List.copyOf(Objects.requireNonNull(priority, "<priority>"));
        Objects.requireNonNull(mixing, "<mix>");
        if (controlRows < 0) {
            throw new IllegalArgumentException("<controlRows> is " + controlRows + ": use 0 for no control, or the"
                    + " matched SIKeD iteration's row count");
        }
    }

    /** Whether this is a teacher-only control. */
    public boolean control() {
        return controlRows > 0;
    }
}
