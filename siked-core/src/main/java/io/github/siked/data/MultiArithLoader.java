package io.github.siked.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Problem;
import java.nio.file.Path;

/**
 * Reads MultiArith ({@code MultiArith.json}, as kojima-takeshi188/zero_shot_cot publishes it): a
 * JSON array of objects with {@code sQuestion} (padded with spaces upstream, so trimmed here) and
 * {@code lSolutions}, whose first element is the gold answer.
 */
public final class MultiArithLoader implements DatasetLoader {

    public static final String NAME = "multiarith";

    @Override
    public Dataset load(Path file) {
        return Dataset.of(NAME, UpstreamJson.array(file, (index, record, at) -> {
            String id = NAME + "-" + index;
            RecordLocation named = at.withId(index, id);
            String question = UpstreamJson.text(record, "sQuestion", named).strip();
            return new Problem(id, question, gold(record, named));
        }));
    }

    /** The gold answer: the first element of {@code lSolutions}, a number. */
    private static String gold(JsonNode record, RecordLocation at) {
        JsonNode solutions = UpstreamJson.required(record, "lSolutions", at);
        if (!solutions.isArray() || solutions.isEmpty()) {
            throw at.error("field 'lSolutions' must be a non-empty array of numbers, found "
                    + UpstreamJson.describe(solutions));
        }
        if (!solutions.get(0).isNumber()) {
            throw at.error("field 'lSolutions[0]' must be a number (the gold answer), found "
                    + UpstreamJson.describe(solutions.get(0)));
        }
        return UpstreamJson.canonical(solutions.get(0));
    }
}
