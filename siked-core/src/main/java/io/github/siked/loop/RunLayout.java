package io.github.siked.loop;

import io.github.siked.mix.TeacherSelection;
import java.nio.file.Path;

/**
 * Where one run (a method with a seed) keeps its stages, under {@code target/siked/}:
 *
 * <pre>
 * seed-1/generate-teacher/               teacher data of this seed, shared by every method
 * seed-1/iteration-0-combined/           iteration 0 of every method that starts from the same
 *                                        teacher selection (SIKeD's iteration 0 is the Combined baseline)
 *   mix/data.jsonl  train/student/  eval/&lt;dataset&gt;/
 * seed-1/siked/iteration-1/              iteration t of one method
 *   sample/samples.jsonl, graded.jsonl  mix/  train/student/  eval/&lt;dataset&gt;/
 * </pre>
 */
record RunLayout(Path workDir, long seed, String method) {

    Path seedDir() {
        return workDir.resolve("seed-" + seed);
    }

    Path teacherDir() {
        return seedDir().resolve("generate-teacher");
    }

    Path iteration(int iteration, TeacherSelection selection) {
        return iteration == 0
                ? seedDir().resolve("iteration-0-" + selection.id())
                : seedDir().resolve(method).resolve("iteration-" + iteration);
    }

    static Path mixData(Path iterationDir) {
        return iterationDir.resolve("mix").resolve("data.jsonl");
    }

    static Path student(Path iterationDir) {
        return iterationDir.resolve("train").resolve("student");
    }

    static Path samples(Path iterationDir) {
        return iterationDir.resolve("sample").resolve("samples.jsonl");
    }

    /** A folder for one dataset's evaluation: {@code synthetic:test} becomes {@code synthetic_test}. */
    static Path eval(Path iterationDir, String dataset) {
        return iterationDir.resolve("eval").resolve(dataset.replaceAll("[^A-Za-z0-9._-]", "_"));
    }
}
