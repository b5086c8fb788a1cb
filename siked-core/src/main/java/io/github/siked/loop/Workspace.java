package io.github.siked.loop;

import io.github.siked.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an experiment writes and how it runs the programs it grades.
 *
 * @param workDir the stages' root, {@code target/siked}
 * @param resultsDir the {@code results/} folder the tables and plots go to
 * @param sandbox how programs are run when grading
 */
public record Workspace(Path workDir, Path resultsDir, SandboxConfig sandbox) {

    public Workspace {
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(resultsDir, "resultsDir");
        Objects.requireNonNull(sandbox, "sandbox");
    }
}
