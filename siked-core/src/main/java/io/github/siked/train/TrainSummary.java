package io.github.siked.train;

import io.github.siked.student.TrainResult;

/**
 * What a training found, recorded in the train stage's manifest.
 *
 * @param examples the training examples read
 * @param steps the optimizer steps taken
 * @param tokens the tokens trained on
 * @param finalLoss the loss of the last step
 * @param truncated examples cut to fit a packed row
 * @param rejected examples left out
 */
public record TrainSummary(long examples, long steps, long tokens, double finalLoss, int truncated, int rejected) {

    /** The trainer's result over {@code examples} examples. */
    public static TrainSummary of(long examples, TrainResult result) {
        return new TrainSummary(
                examples, result.steps(), result.tokens(), result.finalLoss(), result.truncated(), result.rejected());
    }
}
