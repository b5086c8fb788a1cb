package io.github.siked.stage;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Jsonl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Decides whether a finished stage can be skipped: its manifest exists, records the same
 * configuration and inputs, and every output it lists is still there with the same sha256.
 * Anything else (no manifest, another setting, an edited output) means the stage runs.
 */
public final class UpToDate {

    private UpToDate() {}

    /**
     * A value as it reads back from a written manifest: through text, so that a long 7 equals the
     * int 7 the parser makes of it.
     */
    private static JsonNode asRead(Map<String, ?> value) {
        try {
            return Jsonl.MAPPER.readTree(Jsonl.MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new IllegalArgumentException("configuration that cannot be written as JSON", e);
        }
    }

    /**
     * @param manifest the stage's manifest file; outputs are resolved against its folder
     * @param config the configuration the stage would record now
     * @param inputs the input hashes the stage would record now
     */
    public static boolean check(Path manifest, Map<String, ?> config, Map<String, String> inputs) {
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        JsonNode recorded;
        try {
            recorded = Jsonl.MAPPER.readTree(manifest.toFile());
        } catch (IOException e) {
            return false;
        }
        if (!recorded.path("config").equals(asRead(config))
                || !recorded.path("inputs").equals(asRead(inputs))) {
            return false;
        }
        Path dir = manifest.toAbsolutePath().getParent();
        Iterator<Map.Entry<String, JsonNode>> outputs = recorded.path("outputs").fields();
        if (!outputs.hasNext()) {
            return false;
        }
        while (outputs.hasNext()) {
            Map.Entry<String, JsonNode> output = outputs.next();
            Path file = dir.resolve(output.getKey());
            if (!Files.isRegularFile(file)
                    || !Sha256.of(file).equals(output.getValue().asText())) {
                return false;
            }
        }
        return true;
    }
}
