package io.github.siked.stage;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.siked.record.Jsonl;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * How a stage's outputs were made (DESIGN.md "Stage directories and manifests"): the resolved
 * configuration, seeds, the sha256 of every input and output, the versions of everything that
 * ran, and when. Written last, so a stage directory with a manifest is a finished stage.
 *
 * @param stage the stage's name, for instance {@code verify}
 * @param config the resolved configuration, keys sorted; never secrets
 * @param seeds every seed the stage used, by role
 * @param inputs sha256 of each input, by path or dataset name
 * @param outputs sha256 of each output, by path relative to the manifest
 * @param versions project, Java, Python and other versions, by component
 * @param results what the stage found, for people and the report (counts, yields, token usage);
 *     not compared when deciding whether a stage is up to date
 */
@JsonPropertyOrder({"stage", "config", "seeds", "inputs", "outputs", "versions", "results", "started", "finished"})
public record Manifest(
        String stage,
        SortedMap<String, Object> config,
        SortedMap<String, Long> seeds,
        SortedMap<String, String> inputs,
        SortedMap<String, String> outputs,
        SortedMap<String, String> versions,
        SortedMap<String, Object> results,
        Instant started,
        Instant finished) {

    /** Writes the manifest as pretty JSON, atomically. */
    public void writeTo(Path file) {
        try {
            AtomicFile.write(file, Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(asJson()) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest of " + stage + " is not serialisable", e);
        }
    }

    private Map<String, Object> asJson() {
        // Instants as ISO-8601 strings without registering Jackson's java.time module.
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stage", stage);
        json.put("config", config);
        json.put("seeds", seeds);
        json.put("inputs", inputs);
        json.put("outputs", outputs);
        json.put("versions", versions);
        json.put("results", results);
        json.put("started", started.toString());
        json.put("finished", finished.toString());
        return json;
    }
}
