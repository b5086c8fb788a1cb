package io.github.siked.data.synthetic;

import io.github.siked.record.JsonlReader;
import io.github.siked.record.RecordFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file written by {@link SyntheticWriter} back into problems with their computations. Every
 * computation is re-evaluated on the way in, so a hand-edited file with a wrong value or gold
 * answer fails at its line instead of grading against a wrong number.
 */
public final class SyntheticReader {

    private SyntheticReader() {}

    /**
     * Reads every problem of a synthetic split file.
     *
     * @throws RecordFormatException naming the file and line of a bad record
     */
    public static List<SyntheticProblem> read(Path file) {
        List<SyntheticProblem> problems = new ArrayList<>();
        try (JsonlReader<SyntheticRecord> in = JsonlReader.open(file, SyntheticRecord.class)) {
            while (in.hasNext()) {
                SyntheticRecord record = in.next();
                try {
                    problems.add(record.toProblem());
                } catch (IllegalArgumentException e) {
                    throw new RecordFormatException(file, in.line(), e.getMessage());
                }
            }
        }
        return List.copyOf(problems);
    }
}
