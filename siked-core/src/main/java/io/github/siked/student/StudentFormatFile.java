package io.github.siked.student;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Jsonl;
import io.github.siked.stage.AtomicFile;
import io.github.siked.strategy.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a student's format (the mode and the template's words) beside its weights, in
 * {@value #FILE_NAME}: a student must be sampled with exactly the prompt it was trained on, and a
 * later change to {@code prompts/student.json} must not silently change an old student's prompt.
 */
public final class StudentFormatFile {

    public static final String FILE_NAME = "student-format.json";

    private StudentFormatFile() {}

    public static Path save(StudentFormat format, Path modelDir) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", format.mode().name());
        json.put("template", format.template().template());
        json.put("instruction", format.template().instruction());
        Map<String, String> tasks = new LinkedHashMap<>();
        format.template().tasks().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> tasks.put(e.getKey().id(), e.getValue()));
        json.put("tasks", tasks);
        Path file = modelDir.resolve(FILE_NAME);
        try {
            AtomicFile.write(file, Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("student format is not serialisable", e);
        }
        return file;
    }

    /**
     * Reads the format a student was trained with.
     *
     * @throws IOException naming the file when it is missing or malformed
     */
    public static StudentFormat load(Path modelDir) throws IOException {
        Path file = modelDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no " + FILE_NAME + " in " + modelDir + ": this folder was not written by siked's"
                    + " trainer, so the prompt the student expects is unknown");
        }
        try {
            JsonNode root = Jsonl.MAPPER.readTree(file.toFile());
            Map<Strategy, String> tasks = new EnumMap<>(Strategy.class);
            root.path("tasks")
                    .fields()
                    .forEachRemaining(e ->
                            tasks.put(Strategy.fromId(e.getKey()), e.getValue().asText()));
            StudentTemplate template = new StudentTemplate(
                    root.path("template").asText(), root.path("instruction").asText(), tasks);
            return new StudentFormat(
                    StudentFormat.Mode.valueOf(root.path("mode").asText()), template);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new IOException(file + " is not a valid student format: " + e.getMessage(), e);
        }
    }
}
