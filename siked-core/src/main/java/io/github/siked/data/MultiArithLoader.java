package io.github.siked.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads MultiArith ({@code MultiArith.json}, as kojima-takeshi188/zero_shot_cot publishes it): a
 * JSON array of objects with {@code sQuestion} (padded with spaces upstream, so trimmed here) and
 * {@code lSolutions}, whose first element is the gold answer.
 */
public final class MultiArithLoader implements DatasetLoader {

    public static final String NAME = "multiarith";

    @Override
    public Dataset load(Path file) {
        UpstreamJson.requireFile(file);
        JsonNode records = UpstreamJson.readArray(file);
        List<Problem> problems = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            String id = NAME + "-" + index;
            RecordLocation at = RecordLocation.record(file, index, id);
            JsonNode record = UpstreamJson.object(records.get(index), at);
            String question = UpstreamJson.text(record, "sQuestion", at).strip();
            JsonNode solutions = UpstreamJson.required(record, "lSolutions", at);
            if (!solutions.isArray() || solutions.isEmpty()) {
                throw at.error("field 'lSolutions' must be a non-empty array of numbers, found "
                        + UpstreamJson.describe(solutions));
            }
            if (!solutions.get(0).isNumber()) {
                throw at.error("field 'lSolutions[0]' must be a number (the gold answer), found "
                        + UpstreamJson.describe(solutions.get(0)));
            }
            problems.add(new Problem(id, question, UpstreamJson.canonical(solutions.get(0))));
        }
        return Dataset.of(NAME, problems);
    }
}
