package io.github.siked.data.synthetic;

import io.github.siked.record.JsonlWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic split as JSONL problem records ({@code {"id", "question", "answer"}}) with two
 * extra fields, {@code family} and {@code computation}. Any reader of problem records can read the
 * file; {@link SyntheticReader} also restores the computation.
 */
public final class SyntheticWriter {

    private SyntheticWriter() {}

    /**
     * Writes the problems to {@code target} atomically: the file appears complete or not at all.
     *
     * @return how many records were written
     */
    public static long write(List<SyntheticProblem> problems, Path target) {
        try (JsonlWriter out = JsonlWriter.create(target)) {
            for (SyntheticProblem problem : problems) {
                out.write(SyntheticRecord.of(problem));
            }
            out.commit();
            return out.count();
        }
    }
}
