package io.github.siked.stage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.TreeMap;

/**
 * What a stage states before its work, as its manifest records it: its name, configuration, seeds
 * and input hashes. A manifest that records the same is up to date, if its outputs are intact.
 *
 * @param stage the stage's name
 * @param config the resolved configuration, keys sorted
 * @param seeds every seed, by role
 * @param inputs sha256 of each input, by file or dataset name
 */
record Declaration(String stage, JsonNode config, JsonNode seeds, JsonNode inputs) {

    static Declaration of(Stage<?> stage) {
        return new Declaration(
                stage.name(),
                StageJson.config(stage.config()),
                StageJson.asRead(new TreeMap<>(stage.seeds())),
                StageJson.asRead(new TreeMap<>(stage.inputs())));
    }
}
