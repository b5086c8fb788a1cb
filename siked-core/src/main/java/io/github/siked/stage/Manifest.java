package io.github.siked.stage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * How a stage's outputs were made (docs/contracts.md, "Stage folders and manifests"): the resolved
 * configuration, seeds, the sha256 of every input and output, the versions of everything that
 * ran, what the stage found, and when. Written last, so a stage folder with a manifest is a
 * finished stage. Only {@link StageRunner} writes one.
 *
 * @param key the stage's name, configuration, seeds and inputs
 * @param outputs sha256 of each output, by path relative to the manifest
 * @param versions siked, Java, Python and other versions, by component
 * @param results what the stage found, for people, the report and a later skipped run; not
 *     compared when deciding whether a stage is up to date
 * @param started when the work began
 * @param finished when the work ended
 */
record Manifest(
        ManifestKey key,
        SortedMap<String, String> outputs,
        SortedMap<String, String> versions,
        JsonNode results,
        Instant started,
        Instant finished) {

    /** Writes the manifest as pretty JSON, atomically, its top-level fields in a fixed order. */
    void writeTo(Path file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stage", key.stage());
        json.put("config", key.config());
        json.put("seeds", key.seeds());
        json.put("inputs", key.inputs());
        json.put("outputs", outputs);
        json.put("versions", versions);
        json.put("results", results);
        json.put("started", started.toString());
        json.put("finished", finished.toString());
        AtomicFile.write(file, StageJson.pretty(json));
    }
}
