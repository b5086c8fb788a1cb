package io.github.siked.teacher.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.TeacherException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Mixed Distillation's task prefixes (Li et al., Findings of EMNLP 2024; docs/method.md, "Mixed Distillation"): one student
 * is trained on several tasks at once, one per strategy, and the prefix at the start of the prompt
 * says which task a row belongs to. MD used chain of thought and program of thought; the project's
 * file also has least-to-most so that the same multi-task setup can run on all three.
 *
 * <p>The file ({@value #FILE_NAME}) is a JSON object from strategy id to prefix, for instance
 * {@code {"cot": "[CoT task] …", "pot": "[PoT task] …"}}.
 *
 * @param file the file the prefixes were read from, for its hash
 * @param prefixes the prefix of each strategy the file names; none blank
 */
public record TaskPrefixes(PromptFile file, Map<Strategy, String> prefixes) {

    /** The file name in a prompt folder. */
    public static final String FILE_NAME = "md-tasks.json";

    public TaskPrefixes {
        Objects.requireNonNull(file, "file");
        prefixes = Map.copyOf(Objects.requireNonNull(prefixes, "prefixes"));
    }

    /**
     * Reads {@value #FILE_NAME} from a prompt folder.
     *
     * @throws TeacherException naming the file and what is wrong: not a JSON object, an unknown
     *     strategy, a prefix that is not a non-blank string
     */
    public static TaskPrefixes load(PromptSource source) {
        PromptFile file = source.load(FILE_NAME);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.text());
        } catch (JsonProcessingException e) {
            throw new TeacherException(file.location() + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new TeacherException(file.location()
                    + " must be a JSON object from strategy to prefix, such as {\"cot\": \"[CoT task] ...\"}");
        }
        Map<Strategy, String> prefixes = new EnumMap<>(Strategy.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Strategy strategy;
            try {
                strategy = Strategy.fromId(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw new TeacherException(file.location() + ": " + e.getMessage());
            }
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                throw new TeacherException(file.location() + ": the prefix of " + strategy
                        + " must be a non-blank string; was " + entry.getValue());
            }
            prefixes.put(strategy, entry.getValue().asText());
        }
        return new TaskPrefixes(file, prefixes);
    }

    /**
     * The prefix of one strategy.
     *
     * @throws TeacherException naming the file when it has no prefix for the strategy
     */
    public String prefix(Strategy strategy) {
        String prefix = prefixes.get(strategy);
        if (prefix == null) {
            throw new TeacherException(
                    file.location() + " has no task prefix for " + strategy + ": add \"" + strategy.id() + "\" to it");
        }
        return prefix;
    }
}
