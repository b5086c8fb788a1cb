package io.github.siked.loop;

import io.github.siked.mix.Mixing;
import io.github.siked.mix.TeacherSelection;
import io.github.siked.strategy.Strategy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One way of training a student that an experiment runs and compares (docs/method.md, "Loop"
 * and "Baselines"); {@link Methods} names the catalogue.
 *
 * @param name the method's name, used in folder names and tables ({@code siked}, {@code combined})
 * @param description one line for the results tables
 * @param selection which teacher rows iteration 0 trains on (the Combined baseline's: all of them)
 * @param priority the strategy order of the biased-strategy baseline
 * @param mix SIKeD's mixing for iterations 1..N; empty for a method that only trains once on
 *     teacher data, or for the teacher-only control
 * @param control whether this is the teacher-only control: iterations 1..N train on teacher data
 *     alone, as many rows as the experiment's main method mixed in the same iteration, so that the
 *     effect of mixing is not confused with the effect of more training
 * @param iterations how many iterations follow iteration 0 and what each trains from
 */
public record Method(
        String name,
        String description,
        TeacherSelection selection,
        List<Strategy> priority,
        Optional<Mixing> mix,
        boolean control,
        Iterations iterations) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    public Method {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "method name '" + name + "' must be lower-case letters, digits, '.' and '-'");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(selection, "selection");
        priority = List.copyOf(priority);
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(iterations, "iterations");
        int count = iterations.count();
        if (count < 0 || count > 100) {
            throw new IllegalArgumentException("<iterations> is " + count + " for method " + name + ": give 1 to 100");
        }
        if ((mix.isPresent() || control) && count == 0) {
            throw new IllegalArgumentException("<iterations> is 0 for method " + name
                    + ": self-guided distillation needs at least 1 iteration after iteration 0 (SIKeD ran 3 to 5)");
        }
        if (mix.isPresent() && control) {
            throw new IllegalArgumentException(
                    "method " + name + " cannot both mix self-samples and be the teacher-only control");
        }
        if (mix.isEmpty() && !control && count > 0) {
            throw new IllegalArgumentException("method " + name + " has " + count
                    + " iterations but no mixing policy: a baseline trains once, at iteration 0");
        }
    }

    /** Whether iterations after iteration 0 sample the student (SIKeD's methods do; baselines and the control do not). */
    public boolean samplesStudent() {
        return mix.isPresent();
    }
}
