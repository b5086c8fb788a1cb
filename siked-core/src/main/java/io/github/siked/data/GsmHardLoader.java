package io.github.siked.data;

import io.github.siked.record.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads GSM-Hard ({@code gsmhardv2.jsonl} of reasoning-machines/pal): GSM8K test questions with
 * larger numbers, one object a line with {@code input} and a float {@code target}. Fractional and
 * negative targets are kept exactly as the file writes them: they are the dataset's gold answers.
 */
public final class GsmHardLoader implements DatasetLoader {

    public static final String NAME = "gsm-hard";

    @Override
    public Dataset load(Path file) {
        List<Problem> problems = new ArrayList<>();
        UpstreamJson.forEachLine(file, (index, record, at) -> {
            String question = UpstreamJson.text(record, "input", at);
            String answer = UpstreamJson.number(record, "target", at);
            problems.add(new Problem(NAME + "-" + index, question, answer));
        });
        return Dataset.of(NAME, problems);
    }
}
