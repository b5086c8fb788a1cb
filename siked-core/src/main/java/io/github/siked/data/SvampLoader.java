package io.github.siked.data;

import io.github.siked.record.Problem;
import java.nio.file.Path;

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
        return Dataset.of(NAME, UpstreamJson.array(file, (index, record, at) -> {
            String id = UpstreamJson.text(record, "ID", at);
            RecordLocation named = at.withId(index, id);
            String question =
                    question(UpstreamJson.text(record, "Body", named), UpstreamJson.text(record, "Question", named));
            return new Problem(id, question, UpstreamJson.number(record, "Answer", named));
        }));
    }

    static String question(String body, String question) {
        String b = body.strip();
        boolean punctuated = !b.isEmpty() && ".?!".indexOf(b.charAt(b.length() - 1)) >= 0;
        return (punctuated ? b : b + ".") + " " + question.strip();
    }
}
