package io.github.siked.verify;

import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.stage.SiblingFile;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the verify stage grades and where it writes; all of it is recorded in the stage's manifest.
 *
 * @param samples the JSONL file of sample records to grade
 * @param dataset the dataset holding the gold answers, by name (docs/contracts.md, "Dataset names")
 * @param dataDir where the upstream dataset files are found (or downloaded to when online), for
 *     the manifest; null when the caller resolves datasets another way
 * @param offline whether downloading a missing dataset is forbidden
 * @param output the graded JSONL to write; the summary and manifest are written beside it
 * @param sandbox how programs are run
 */
public record VerifyStageConfig(
        Path samples, String dataset, Path dataDir, boolean offline, Path output, SandboxConfig sandbox) {

    public VerifyStageConfig {
        Objects.requireNonNull(samples, "samples: name the JSONL file of samples to grade (siked.samples)");
        Objects.requireNonNull(output, "output: name the graded JSONL file to write (siked.output)");
        Objects.requireNonNull(sandbox, "sandbox");
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException(
                    "dataset: name the dataset with the gold answers (siked.dataset), for instance gsm8k-test or jsonl:problems.jsonl");
        }
        if (samples.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(
                    "output " + output + " is the samples file itself: choose another siked.output");
        }
    }

    /** {@code graded.summary.json} beside {@code graded.jsonl}. */
    public Path summaryFile() {
        return SiblingFile.of(output, ".summary.json");
    }

    /** {@code graded.manifest.json} beside {@code graded.jsonl}. */
    public Path manifestFile() {
        return SiblingFile.of(output, ".manifest.json");
    }
}
