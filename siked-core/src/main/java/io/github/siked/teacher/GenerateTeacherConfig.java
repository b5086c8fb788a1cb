package io.github.siked.teacher;

import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.Sampling;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What teacher data to generate (issue 4, {@code siked:generate-teacher}).
 *
 * @param trainDataset the problems to answer ({@code siked.train.dataset})
 * @param limit only the first {@code limit} problems, or 0 for all ({@code siked.train.limit})
 * @param strategies the strategies to ask for ({@code siked.strategies})
 * @param samples samples per problem and strategy ({@code siked.teacher.samples}); SIKeD drew 10
 * @param keepPerQuestion correct samples kept per problem and strategy in D_LLM; SIKeD kept 1
 * @param seed the base seed; each request's seed is derived from it, the problem and the strategy
 * @param concurrency requests in flight at once ({@code siked.teacher.concurrency})
 * @param model the teacher model's name as configured, part of every cache key
 * @param sampling the sampling settings sent with every request
 * @param stageDir where the journal, samples, D_LLM and manifest go
 * @param cacheDir the shared cache, or null for none
 * @param sandbox how the teacher's programs are graded
 */
public record GenerateTeacherConfig(
        String trainDataset,
        int limit,
        List<Strategy> strategies,
        int samples,
        int keepPerQuestion,
        long seed,
        int concurrency,
        String model,
        Sampling sampling,
        Path stageDir,
        Path cacheDir,
        SandboxConfig sandbox) {

    public GenerateTeacherConfig {
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
        if (samples < 1 || samples > 1000) {
            throw new IllegalArgumentException("siked.teacher.samples must be between 1 and 1000; was " + samples);
        }
        if (keepPerQuestion < 1 || keepPerQuestion > samples) {
            throw new IllegalArgumentException(
                    "siked.teacher.keepPerQuestion must be between 1 and siked.teacher.samples (" + samples + "); was "
                            + keepPerQuestion);
        }
        if (concurrency < 1 || concurrency > 1024) {
            throw new IllegalArgumentException(
                    "siked.teacher.concurrency must be between 1 and 1024; was " + concurrency);
        }
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(sampling, "sampling");
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
