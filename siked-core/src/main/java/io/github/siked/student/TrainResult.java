package io.github.siked.student;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a training run produced, for the stage manifest and the log.
 *
 * @param modelDir the directory holding the trained student, ready for {@link StudentEngine#sampler}
 * @param steps optimizer steps taken
 * @param tokens tokens of examples trained on, over all epochs (padding excluded)
 * @param finalLoss the mean loss over the last logged steps
 * @param elapsed wall time of the run
 * @param truncated examples cut to fit a row (counted in the first epoch)
 * @param rejected examples left out because they did not fit a row
 */
public record TrainResult(
        Path modelDir, long steps, long tokens, double finalLoss, Duration elapsed, int truncated, int rejected) {

    public TrainResult {
        Objects.requireNonNull(modelDir, "modelDir");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
