package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import io.github.siked.djl.model.Adapter;
import io.github.siked.djl.model.Decoder;

/**
 * Cross-entropy on response tokens only, each token weighted by its example's loss weight (Mixed
 * Distillation's per-task weights), divided by the optimizer step's total weight: the weighted mean
 * over response tokens. Prompt tokens and padding carry weight 0.
 */
final class ResponseLoss {

  private ResponseLoss() {}

  /** The micro-batch's share of the step loss, a scalar, differentiable. */
  static NDArray of(Decoder decoder, Adapter adapter, BatchTensors batch) {
    // (batch, seq, vocab)
    NDArray logits = decoder.packedLogits(batch.tokens(), batch.positions(), batch.segments(), adapter);
    // (batch, seq, 1) -> (batch, seq): log-probability of each target token.
    NDArray targetLogProbabilities = logits.logSoftmax(-1).gather(batch.targets(), 2)
        .reshape(batch.weights().getShape());
    // The weights hold -w/Σw, so this is the weighted mean negative log-likelihood.
    return targetLogProbabilities.mul(batch.weights()).sum();
  }
}
