package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import io.github.siked.djl.model.Adapter;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.DecoderWeights;
import io.github.siked.djl.model.DifferentiableCast;

/**
 * Cross-entropy on response tokens only, each token weighted by its example's loss weight (Mixed
 * Distillation's per-task weights), divided by the optimizer step's total weight: the weighted mean
 * over response tokens. Prompt tokens and padding carry weight 0. The log-softmax runs in float32
 * whatever the forward pass computed in: float16 logits are widened first, as mixed precision
 * (arXiv 1710.03740) keeps reductions in float32.
 */
final class ResponseLoss {

    private ResponseLoss() {}

    /** The micro-batch's share of the step loss, a scalar, differentiable. */
    static NDArray of(Decoder decoder, Adapter adapter, BatchTensors batch) {
        return of(decoder, decoder.weights(), adapter, batch);
    }

    /**
     * The share computed with {@code weights} (float16 copies of the masters in mixed precision), a
     * float32 scalar, differentiable.
     */
    static NDArray of(Decoder decoder, DecoderWeights weights, Adapter adapter, BatchTensors batch) {
        // (batch, seq, vocab), float32 (no call when it already is)
        NDArray logits = DifferentiableCast.widen(
                decoder.packedLogits(weights, batch.tokens(), batch.positions(), batch.segments(), adapter));
        // (batch, seq, 1) -> (batch, seq): log-probability of each target token.
        NDArray targetLogProbabilities = logits.logSoftmax(-1)
                .gather(batch.targets(), 2)
                .reshape(batch.weights().getShape());
        // The weights hold -w/Σw, so this is the weighted mean negative log-likelihood.
        return targetLogProbabilities.mul(batch.weights()).sum();
    }
}
