package io.github.siked.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Problem;
import java.nio.file.Path;

/**
 * Reads GSM-Hard ({@code gsmhardv2.jsonl} of reasoning-machines/pal): GSM8K test questions with
 * larger numbers, one object a line with {@code input} and a float {@code target}. Fractional and
 * negative targets are kept exactly as the file writes them: they are the dataset's gold answers.
 */
public final class GsmHardLoader implements DatasetLoader {

    public static final String NAME = "gsm-hard";

    @Override
    public Dataset load(Path file) {
        return Dataset.of(NAME, UpstreamJson.lines(file, GsmHardLoader::problem));
    }

    private static Problem problem(int index, JsonNode record, RecordLocation at) {
        String question = UpstreamJson.text(record, "input", at);
        return new Problem(NAME + "-" + index, question, UpstreamJson.number(record, "target", at));
    }
}
