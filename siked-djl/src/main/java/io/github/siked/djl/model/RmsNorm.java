package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Root-mean-square layer normalisation (Zhang and Sennrich,
 * <a href="https://arxiv.org/abs/1910.07467">arXiv 1910.07467</a>): x / √(mean(x²) + ε) · w,
 * or · (1 + w) for Gemma. Scalars are arrays owned by the model, never Java numbers: DJL's
 * scalar operands can be freed before backward runs.
 *
 * <p>In float16 the normalisation runs in float32 and its result is narrowed back before the
 * weight multiplies it, as transformers does for half-precision Llama: mean(x²) of a wide residual
 * stream overflows float16's range (65,504) long before x itself does.
 */
final class RmsNorm {

    private final NDArray epsilon;
    private final boolean addOne;

    RmsNorm(ModelConfig config, NDManager manager) {
        epsilon = manager.create((float) config.normAndActivation().rmsNormEps());
        addOne = config.architecture().normAddsOne();
    }

    /** Normalises x, (..., hidden), over its last axis; x and weight in the constants' dtype. */
    NDArray apply(NDArray x, NDArray weight, Constants constants) {
        int last = x.getShape().dimension() - 1;
        NDArray wide = constants.widen(x);
        NDArray rms = wide.square().mean(new int[] {last}, true).add(epsilon).sqrt();
        NDArray normalized = constants.narrow(wide.div(rms));
        // x·(1 + w) as x·w + x: an op on the weight first would leave its result in the model's manager.
        return !addOne ? normalized.mul(weight) : normalized.mul(weight).add(normalized);
    }
}
