package io.github.siked.loop;

import io.github.siked.evaluate.EvaluateStage;
import io.github.siked.evaluate.SampleFiles;
import io.github.siked.mix.TeacherSelection;
import io.github.siked.strategy.Strategy;
import java.nio.file.Path;

/**
 * Where one run (a method with a seed) keeps its stages, under {@code target/siked/}:
 *
 * <pre>
 * seed-1/generate-teacher/               teacher data of this seed, shared by every method
 * seed-1/iteration-0-combined/           iteration 0 of every method that starts from the same
 *                                        teacher selection (SIKeD's iteration 0 is the Combined baseline)
 *   mix/data.jsonl  train/student/  eval/&lt;dataset&gt;/samples.jsonl, graded.jsonl
 * seed-1/siked/iteration-1/              iteration t of one method
 *   sample/samples.jsonl, graded.jsonl  mix/  train/student/  eval/&lt;dataset&gt;/
 *   eval/&lt;dataset&gt;/sampled-k10/cot-samples.jsonl, cot-graded.jsonl   the reported student's samples
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

    /** The student's self-samples of an iteration, and their grades. */
    static SampleFiles selfSamples(Path iterationDir) {
        return SampleFiles.in(iterationDir.resolve("sample"));
    }

    /** Greedy outputs on one dataset, and their grades: {@code synthetic:test} goes to {@code eval/synthetic_test}. */
    static SampleFiles greedy(Path iterationDir, String dataset) {
        return SampleFiles.in(EvaluateStage.folder(iterationDir, dataset));
    }

    /** k samples per problem with one strategy forced, on one dataset, and their grades. */
    static SampleFiles forced(Path iterationDir, String dataset, int k, Strategy strategy) {
        Path dir = EvaluateStage.folder(iterationDir, dataset).resolve("sampled-k" + k);
        return new SampleFiles(
                dir.resolve(strategy.id() + "-samples.jsonl"), dir.resolve(strategy.id() + "-graded.jsonl"));
    }
}
