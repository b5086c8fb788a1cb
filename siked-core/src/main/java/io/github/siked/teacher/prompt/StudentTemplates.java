package io.github.siked.teacher.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Jsonl;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.StudentTemplate;
import io.github.siked.teacher.backend.TeacherException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads the student's prompt words from a prompt folder: {@value #FILE_NAME} (the template and the
 * instruction) and Mixed Distillation's task prefixes ({@link TaskPrefixes#FILE_NAME}), which name
 * each strategy's task in the task-prefix format.
 */
public final class StudentTemplates {

    /** The file name in a prompt folder. */
    public static final String FILE_NAME = "student.json";

    private StudentTemplates() {}

    /**
     * @throws TeacherException naming the file when it is missing, not JSON, lacks a field, or
     *     makes an invalid template
     */
    public static StudentTemplate load(PromptSource source) {
        PromptFile file = source.load(FILE_NAME);
        JsonNode root;
        try {
            root = Jsonl.MAPPER.readTree(file.text());
        } catch (JsonProcessingException e) {
            throw new TeacherException(file.location() + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        String template = text(root, "template", file);
        String instruction = text(root, "instruction", file);
        TaskPrefixes prefixes = TaskPrefixes.load(source);
        Map<Strategy, String> tasks = new EnumMap<>(Strategy.class);
        for (Strategy strategy : Strategy.values()) {
            tasks.put(strategy, prefixes.prefix(strategy));
        }
        try {
            return new StudentTemplate(template, instruction, tasks);
        } catch (IllegalArgumentException e) {
            throw new TeacherException(file.location() + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode root, String field, PromptFile file) {
        JsonNode value = root == null ? null : root.get(field);
        if (value == null || !value.isTextual()) {
            throw new TeacherException(
                    file.location() + " needs a text field \"" + field + "\", such as "
                            + "{\"template\": \"Instruction: {instruction}\\nInput: {question}\\nResponse:\\n\", \"instruction\": \"...\"}");
        }
        return value.asText();
    }
}
