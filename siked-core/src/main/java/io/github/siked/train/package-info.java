/**
 * The train goal ({@code siked:train}): {@link io.github.siked.train.TrainStage} fine-tunes a
 * student on sample records through the student engine, configured by a {@link
 * io.github.siked.train.TrainStageConfig}, and records a {@link io.github.siked.train.TrainSummary}
 * in the manifest inside the student's folder.
 */
package io.github.siked.train;
