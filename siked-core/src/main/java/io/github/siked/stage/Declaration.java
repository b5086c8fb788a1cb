package io.github.siked.stage;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a stage states before its work: everything {@link StageRunner} needs to decide whether the
 * work must be done, and to write the manifest when it is.
 *
 * @param name the stage's name, as its log lines and its manifest's {@code stage} field start:
 *     {@code train}
 * @param manifest the manifest file; the outputs are named relative to its folder
 * @param config the resolved configuration: everything that changes the outputs, written into the
 *     manifest's {@code config} as JSON fields. A change reruns the stage. Never a secret such as
 *     an API key
 * @param seeds every seed the stage draws with, by role; a changed seed reruns the stage
 * @param inputs the sha256 of each input, by file or dataset name; a changed input reruns the stage
 * @param resultType the type of the stage's result, to read it back from a manifest
 * @param <R> the result's type
 */
public record Declaration<R extends Record>(
        String name,
        Path manifest,
        Record config,
        Map<String, Long> seeds,
        Map<String, String> inputs,
        Class<R> resultType) {

    public Declaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(config, "config");
        seeds = Map.copyOf(seeds);
        inputs = Map.copyOf(inputs);
        Objects.requireNonNull(resultType, "resultType");
    }
}
