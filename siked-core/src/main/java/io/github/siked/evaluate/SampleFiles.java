package io.github.siked.evaluate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The two files of one sampling: the samples the sample stage writes and the graded samples the
 * verify stage writes from them.
 *
 * @param samples the sample records
 * @param graded the graded samples
 */
public record SampleFiles(Path samples, Path graded) {

    public SampleFiles {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(graded, "graded");
    }

    /** {@code samples.jsonl} and {@code graded.jsonl} in {@code folder}. */
    public static SampleFiles in(Path folder) {
        return new SampleFiles(folder.resolve("samples.jsonl"), folder.resolve("graded.jsonl"));
    }
}
