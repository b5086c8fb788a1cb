package io.github.siked.mix;

import io.github.siked.stage.SiblingFile;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the mix stage reads, makes and writes.
 *
 * @param teacherData D_LLM ({@code siked:generate-teacher}'s {@code d_llm.jsonl}) or a file this stage wrote
 * @param selfGraded the student's graded samples of {@code iteration}; empty at iteration 0 and for a control
 * @param iteration 0 for the teacher data alone, t &gt;= 1 to mix in the student's samples of iteration t
 * @param recipe which rows the data holds
 * @param seeds the teacher's and the student's seeds, recorded in the rows, and the seed of the stage's draws
 * @param output the rows file; the summary and the manifest go beside it
 */
public record MixStageConfig(
        Path teacherData, Optional<Path> selfGraded, int iteration, MixRecipe recipe, MixSeeds seeds, Path output) {

    public MixStageConfig {
        Objects.requireNonNull(teacherData, "<teacher>");
        Objects.requireNonNull(selfGraded, "<self>");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(output, "<output>");
        if (iteration < 0) {
            throw new IllegalArgumentException("<iteration> is " + iteration + ": use 0 for the teacher data alone, or"
                    + " the iteration (1, 2, ...) whose student samples are mixed in");
        }
        if (recipe.control() && selfGraded.isPresent()) {
            throw new IllegalArgumentException("<controlRows> is " + recipe.controlRows()
                    + ", a teacher-only control, but <self>" + " is set to " + selfGraded.get()
                    + ": a control trains on teacher rows only; leave <self> out");
        }
        if (iteration == 0 && selfGraded.isPresent()) {
            throw new IllegalArgumentException(
                    "<self> is set to " + selfGraded.get() + " but <iteration> is 0, which"
                            + " trains on the teacher data alone: set <iteration> to the samples' iteration, or leave <self> out");
        }
        if (selfGraded.isPresent() && recipe.mixing().isEmpty()) {
            throw new IllegalArgumentException("<self> is set to " + selfGraded.get() + " but no <mix> is configured:"
                    + " set <policy> to mix the student's samples in, or leave <self> out");
        }
        if (iteration > 0 && recipe.mixing().isPresent() && !recipe.control() && selfGraded.isEmpty()) {
            throw new IllegalArgumentException("<iteration> is " + iteration + " but <self> is not set: give the"
                    + " student's graded samples of iteration " + iteration + " (siked:verify's output)");
        }
    }

    /** Whether the student's samples are mixed in: an iteration past 0 with a policy, and no control. */
    boolean mixes() {
        return iteration > 0 && recipe.mixing().isPresent() && !recipe.control();
    }

    /** {@code data.summary.json} beside {@code data.jsonl}. */
    public Path summaryFile() {
        return SiblingFile.of(output, ".summary.json");
    }

    /** {@code data.manifest.json} beside {@code data.jsonl}. */
    public Path manifestFile() {
        return SiblingFile.of(output, ".manifest.json");
    }
}
