package io.github.siked.stage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.TreeMap;

/**
 * What a manifest is compared on, as it records it: the stage's name, configuration, seeds and
 * input hashes, in the JSON form they read back as. A manifest that records the same is up to
 * date, if its outputs are intact.
 *
 * @param stage the stage's name
 * @param config the resolved configuration, keys sorted
 * @param seeds every seed, by role
 * @param inputs sha256 of each input, by file or dataset name
 */
record ManifestKey(String stage, JsonNode config, JsonNode seeds, JsonNode inputs) {

    static ManifestKey of(Declaration<?> declared) {
        return new ManifestKey(
                declared.name(),
                StageJson.config(declared.config()),
                StageJson.asRead(new TreeMap<>(declared.seeds())),
                StageJson.asRead(new TreeMap<>(declared.inputs())));
    }
}
