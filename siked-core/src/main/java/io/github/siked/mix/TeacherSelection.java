package io.github.siked.mix;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which part of the teacher data D_LLM a run trains on: SIKeD's pooled data and the baselines'
 * selections ({@link Selections#select} applies them).
 */
public enum TeacherSelection {
    /** Every row of every configured strategy: SIKeD's iteration 0, the "Combined" baseline. */
    COMBINED("combined"),
    /** Chain-of-thought rows only: a single-strategy baseline. */
    COT("cot"),
    /** Least-to-most rows only: a single-strategy baseline. */
    L2M("l2m"),
    /** Program-of-thought rows only: a single-strategy baseline. */
    POT("pot"),
    /**
     * SIKeD's "biased strategy" baseline: one row per question, of the first strategy in a priority
     * order (default pot, cot, l2m) that has a row for the question.
     */
    BIASED("biased"),
    /**
     * Mixed Distillation's balanced "mixed thought" data (Li et al., Findings of EMNLP 2024): cot and
     * pot rows in equal numbers, for the task-prefix student format.
     */
    MIXED_THOUGHT("mixed-thought");

    private final String id;

    TeacherSelection(String id) {
        this.id = id;
    }

    /** The name a pom writes, for instance {@code mixed-thought}. */
    public String id() {
        return id;
    }

    /**
     * Reads a selection as a pom writes it.
     *
     * @throws IllegalArgumentException naming {@code <selection>}, the bad value and the allowed ids
     */
    public static TeacherSelection parse(String id) {
        String key = id == null ? "" : id.strip();
        for (TeacherSelection selection : values()) {
            if (selection.id.equals(key)) {
                return selection;
            }
        }
        throw new IllegalArgumentException("<selection> is '" + id + "': use one of "
                + Arrays.stream(values()).map(TeacherSelection::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
