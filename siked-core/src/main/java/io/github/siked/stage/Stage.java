package io.github.siked.stage;

import java.io.IOException;

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

    /** The stage's name, manifest, resolved configuration, seeds and input hashes. */
    Declaration<R> declare();

    /** Does the work: called only when the manifest does not match the declaration. */
    Produced<R> produce() throws IOException;
}
