package io.github.siked.data;

import io.github.siked.number.CanonicalNumber;
import io.github.siked.record.JsonlReader;
import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads normalized problem records ({@code {"id", "question", "answer"}}, one a line), the
 * project's own format, named {@code jsonl:<path>}. A gold answer written loosely ({@code 1,000},
 * {@code 18.0}) is made canonical; one that is not a number is an error.
 */
public final class ProblemJsonlLoader implements DatasetLoader {

    public static final String PREFIX = "jsonl:";

    private final String name;

    /** @param name the dataset's name, usually {@code jsonl:<path>} */
    public ProblemJsonlLoader(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public Dataset load(Path file) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (JsonlReader<Problem> reader = JsonlReader.open(file, Problem.class)) {
            while (reader.hasNext()) {
                Problem problem = reader.next();
                String answer = CanonicalNumber.canonical(problem.answer())
                        .orElseThrow(() -> new RecordFormatException(
                                file,
                                reader.line(),
                                "field 'answer': '" + problem.answer()
                                        + "' is not a number; write the gold answer as a decimal such as 18 or 2.5"));
                if (!ids.add(problem.id())) {
                    throw new RecordFormatException(
                            file,
                            reader.line(),
                            "a second problem with the id '" + problem.id() + "': ids must be unique");
                }
                problems.add(new Problem(problem.id(), problem.question(), answer));
            }
        }
        return Dataset.of(name, problems);
    }
}
