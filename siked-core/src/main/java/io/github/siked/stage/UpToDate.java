package io.github.siked.stage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a finished stage can be skipped: its manifest exists, records the same
 * configuration, seeds and inputs, and every output it lists is still there with the same sha256.
 * Anything else (no manifest, another setting, an edited output) means the stage runs.
 */
final class UpToDate {

    private UpToDate() {}

    /**
     * The results the manifest records, when it matches what the stage declares now.
     *
     * @param manifest the stage's manifest file; outputs are resolved against its folder
     */
    static Optional<JsonNode> results(Path manifest, ManifestKey declared) {
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        JsonNode recorded;
        try {
            recorded = StageJson.readTree(Files.readString(manifest));
        } catch (IOException e) {
            return Optional.empty();
        }
        boolean same = recorded.path("config").equals(declared.config())
                && recorded.path("seeds").equals(declared.seeds())
                && recorded.path("inputs").equals(declared.inputs());
        return same && outputsIntact(manifest, recorded.path("outputs"))
                ? Optional.of(recorded.path("results"))
                : Optional.empty();
    }

    private static boolean outputsIntact(Path manifest, JsonNode outputs) {
        Path dir = manifest.toAbsolutePath().getParent();
        Iterator<Map.Entry<String, JsonNode>> files = outputs.fields();
        if (!files.hasNext()) {
            return false;
        }
        while (files.hasNext()) {
            Map.Entry<String, JsonNode> output = files.next();
            Path file = dir.resolve(output.getKey());
            if (!Files.isRegularFile(file)
                    || !Sha256.of(file).equals(output.getValue().asText())) {
                return false;
            }
        }
        return true;
    }
}
