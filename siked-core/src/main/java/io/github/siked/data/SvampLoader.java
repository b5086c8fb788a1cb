package io.github.siked.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SVAMP ({@code SVAMP.json} of arkilpatel/SVAMP): a JSON array of objects with {@code ID}
 * ({@code chal-1}), {@code Body}, {@code Question} and a float {@code Answer}.
 *
 * <p>The question is the body, a period added when it has no final punctuation (a third of the
 * bodies end mid-sentence, as in {@code …a discount of 25 dollars on each pack}), a space, then
 * the question.
 */
public final class SvampLoader implements DatasetLoader {

    public static final String NAME = "svamp";

    @Override
    public Dataset load(Path file) {
        UpstreamJson.requireFile(file);
        JsonNode records = UpstreamJson.readArray(file);
        List<Problem> problems = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            RecordLocation at = RecordLocation.record(file, index, null);
            JsonNode record = UpstreamJson.object(records.get(index), at);
            String id = UpstreamJson.text(record, "ID", at);
            at = at.withId(index, id);
            String question =
                    question(UpstreamJson.text(record, "Body", at), UpstreamJson.text(record, "Question", at));
            problems.add(new Problem(id, question, UpstreamJson.number(record, "Answer", at)));
        }
        return Dataset.of(NAME, problems);
    }

    static String question(String body, String question) {
        String b = body.strip();
        boolean punctuated = !b.isEmpty() && ".?!".indexOf(b.charAt(b.length() - 1)) >= 0;
        return (punctuated ? b : b + ".") + " " + question.strip();
    }
}
