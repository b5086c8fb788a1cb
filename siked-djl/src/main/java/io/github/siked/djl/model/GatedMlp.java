package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.core.Linear;

/**
 * The gated MLP down(act(gate(x)) · up(x)) (Shazeer, "GLU Variants Improve Transformer",
 * <a href="https://arxiv.org/abs/2002.05202">arXiv 2002.05202</a>): SwiGLU with SiLU for Llama
 * and Qwen2, GeGLU with tanh-approximated GELU for Gemma.
 */
final class GatedMlp {

    private final Activation activation;
    private final long intermediate;

    GatedMlp(ModelConfig config) {
        activation = config.normAndActivation().activation();
        intermediate = config.dimensions().intermediateSize();
    }

    /** The MLP's output for h, (batch, seq, hidden), in the constants' dtype. */
    NDArray apply(NDArray h, LayerWeights w, int layer, Adapter adapter, Constants constants) {
        // (batch, seq, 2·intermediate) -> gate, up: (batch, seq, intermediate)
        NDList gateUp = adapter.adapt(
                        layer,
                        Adapter.Site.GATE_UP,
                        h,
                        Linear.linear(h, w.gateUp()).head())
                .split(new long[] {intermediate}, 2);
        NDArray gated = activate(gateUp.get(0), constants).mul(gateUp.get(1));
        return adapter.adapt(
                layer, Adapter.Site.DOWN, gated, Linear.linear(gated, w.down()).head());
    }

    private NDArray activate(NDArray x, Constants constants) {
        if (activation == Activation.SILU) {
            return x.mul(ai.djl.nn.Activation.sigmoid(x));
        }
        // 0.5·x·(1 + tanh(z)) = x·sigmoid(2z), z = √(2/π)(x + 0.044715x³): six ops instead of nine.
        NDArray argument =
                x.square().mul(constants.geluCubic).add(constants.geluLinear).mul(x);
        return x.mul(ai.djl.nn.Activation.sigmoid(argument));
    }
}
