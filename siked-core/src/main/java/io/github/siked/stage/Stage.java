package io.github.siked.stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * One step of an experiment that writes files and records how it made them (docs/contracts.md,
 * "Stage folders and manifests"). A stage states what it is and what it reads; {@link StageRunner}
 * decides whether the work must be done, hashes what it wrote and writes the manifest. A stage
 * never writes its own manifest.
 *
 * @param <R> what the stage found (counts, rates): written into the manifest's {@code results} and
 *     read back from there when the stage is skipped
 */
public interface Stage<R extends Record> {

    /** The stage's name, as its log lines and its manifest's {@code stage} field start: {@code train}. */
    String name();

    /** The manifest file; the outputs are named relative to its folder. */
    Path manifest();

    /**
     * The resolved configuration: everything that changes the outputs, written into the manifest's
     * {@code config} as JSON fields. A change reruns the stage. Never a secret such as an API key.
     */
    Record config();

    /** Every seed the stage draws with, by role; a changed seed reruns the stage. */
    default Map<String, Long> seeds() {
        return Map.of();
    }

    /** The sha256 of each input, by file name or dataset name; a changed input reruns the stage. */
    Map<String, String> inputs();

    /** The type of {@code R}, to read the result back from a manifest. */
    Class<R> resultType();

    /** Does the work: called only when the manifest does not match the stage. */
    Produced<R> produce() throws IOException;
}
