package io.github.siked.loop;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Jsonl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One line naming the base student for the results tables, read from its {@code config.json}. */
final class StudentDescription {

    private StudentDescription() {}

    /** For instance {@code llama, 3 layers, hidden 96, from scratch} or {@code Qwen2-0.5B (qwen2, 24 layers, hidden 896)}. */
    static String of(Path start) {
        Path file = start.resolve("config.json");
        JsonNode config;
        try {
            config = Jsonl.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read the student's " + file + ": " + e.getMessage()
                            + "; <start> must be a folder with config.json",
                    e);
        }
        boolean scratch = !Files.exists(start.resolve("model.safetensors"))
                && !Files.exists(start.resolve("model.safetensors.index.json"));
        String shape = String.format(
                Locale.ROOT,
                "%s, %d layers, hidden %d",
                config.path("model_type").asText("?"),
                config.path("num_hidden_layers").asInt(),
                config.path("hidden_size").asInt());
        return scratch ? shape + ", from scratch" : start.getFileName() + " (" + shape + ")";
    }
}
