/**
 * The one skeleton every stage runs in (docs/contracts.md, "Stage folders and manifests").
 *
 * <ul>
 *   <li>{@link io.github.siked.stage.Stage}: what a stage states (name, manifest file, resolved
 *       configuration, seeds, input hashes) and its work, which returns a {@link
 *       io.github.siked.stage.Produced} result and output files.
 *   <li>{@link io.github.siked.stage.StageRunner}: skips a stage whose manifest records the same
 *       configuration, seeds and inputs and whose outputs are intact, or does the work, hashes the
 *       outputs and writes the manifest last; either way an {@link io.github.siked.stage.Outcome}
 *       carries the result, read back from the manifest when skipped.
 *   <li>Files: {@link io.github.siked.stage.AtomicFile} (whole or not at all), {@link
 *       io.github.siked.stage.Sha256}, {@link io.github.siked.stage.FolderFiles} (a model folder's
 *       files and hash), {@link io.github.siked.stage.SiblingFile}, {@link
 *       io.github.siked.stage.Versions}.
 * </ul>
 */
package io.github.siked.stage;
