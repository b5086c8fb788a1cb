package io.github.siked.teacher;

import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.strategy.Strategy;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What teacher data to generate ({@code siked:generate-teacher}) and where it goes.
 *
 * @param trainDataset the problems to answer ({@code siked.train.dataset})
 * @param limit only the first {@code limit} problems, or 0 for all ({@code siked.train.limit})
 * @param strategies the strategies to ask for ({@code siked.strategies})
 * @param seed the base seed; each request's seed is derived from it, the problem and the strategy
 * @param teacher how the teacher is asked and how many answers are kept
 * @param stageDir where the journal, samples, D_LLM and manifest go
 * @param sandbox how the teacher's programs are graded
 */
public record GenerateTeacherStageConfig(
        String trainDataset,
        int limit,
        List<Strategy> strategies,
        long seed,
        TeacherAsking teacher,
        Path stageDir,
        SandboxConfig sandbox) {

    public GenerateTeacherStageConfig {
        if (trainDataset == null || trainDataset.isBlank()) {
            throw new IllegalArgumentException(
                    "siked.train.dataset must name the training problems, for instance gsm8k-train");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("siked.train.limit must be 0 (all problems) or more; was " + limit);
        }
        strategies = List.copyOf(Objects.requireNonNull(strategies, "strategies"));
        if (strategies.isEmpty()
                || strategies.size() != strategies.stream().distinct().count()) {
            throw new IllegalArgumentException("siked.strategies must list each of " + Strategy.allIds()
                    + " at most once, at least one; was " + strategies);
        }
        Objects.requireNonNull(teacher, "teacher");
        Objects.requireNonNull(stageDir, "stageDir");
        Objects.requireNonNull(sandbox, "sandbox");
    }

    public Path journal() {
        return stageDir.resolve("journal.jsonl");
    }

    public Path samplesFile() {
        return stageDir.resolve("teacher-samples.jsonl");
    }

    public Path gradedFile() {
        return stageDir.resolve("teacher-graded.jsonl");
    }

    /** D_LLM: the kept correct teacher samples. */
    public Path dataFile() {
        return stageDir.resolve("d_llm.jsonl");
    }

    public Path manifestFile() {
        return stageDir.resolve("manifest.json");
    }
}
