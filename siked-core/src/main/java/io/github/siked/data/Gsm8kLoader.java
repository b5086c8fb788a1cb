package io.github.siked.data;

import io.github.siked.number.CanonicalNumber;
import io.github.siked.record.Problem;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads GSM8K ({@code train.jsonl}, {@code test.jsonl} of openai/grade-school-math): one object a
 * line with {@code question} and {@code answer}, where the gold number follows the last
 * {@code ####} of the worked answer, written with thousands commas.
 */
public final class Gsm8kLoader implements DatasetLoader {

    private static final String MARKER = "####";

    private final String name;

    /** @param name the dataset name that prefixes the ids: {@code gsm8k-train} or {@code gsm8k-test} */
    public Gsm8kLoader(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public Dataset load(Path file) {
        return Dataset.of(name, UpstreamJson.lines(file, (index, record, at) -> {
            String question = UpstreamJson.text(record, "question", at);
            String answer = UpstreamJson.text(record, "answer", at);
            return new Problem(name + "-" + index, question, gold(answer, at));
        }));
    }

    /** The number after the last {@code ####}, as the reference grader reads it. */
    static String gold(String answer, RecordLocation at) {
        int marker = answer.lastIndexOf(MARKER);
        if (marker < 0) {
            throw at.error("field 'answer' has no '" + MARKER + "' before the gold number");
        }
        String gold = answer.substring(marker + MARKER.length()).strip().replace(",", "");
        return CanonicalNumber.canonical(gold)
                .orElseThrow(() -> at.error("gold answer '" + gold + "' after '" + MARKER + "' is not a number"));
    }
}
