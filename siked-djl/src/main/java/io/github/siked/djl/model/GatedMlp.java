package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.core.Linear;

/**
 * The gated MLP down(act(gate(x)) · up(x)) (Shazeer, "GLU Variants Improve Transformer",
 * <a href="https://arxiv.org/abs/2002.05202">arXiv 2002.05202</a>): SwiGLU with SiLU for Llama
 * and Qwen2, GeGLU with tanh-approximated GELU for Gemma.
 */
final class GatedMlp {

  private final Activation activation;
  private final long intermediate;
  /** 2·√(2/π) and 2·√(2/π)·0.044715, for GELU-tanh written as a sigmoid. */
  private final NDArray geluLinear;
  private final NDArray geluCubic;

  GatedMlp(ModelConfig config, NDManager manager) {
    activation = config.activation();
    intermediate = config.intermediateSize();
    double c = 2 * Math.sqrt(2 / Math.PI);
    geluLinear = manager.create((float) c);
    geluCubic = manager.create((float) (c * 0.044715));
  }

  /** The MLP's output for h, (batch, seq, hidden). */
  NDArray apply(NDArray h, LayerWeights w, int layer, Adapter adapter) {
    // (batch, seq, 2·intermediate) -> gate, up: (batch, seq, intermediate)
    NDList gateUp = adapter.adapt(layer, Adapter.Site.GATE_UP, h, Linear.linear(h, w.gateUp()).head())
        .split(new long[] {intermediate}, 2);
    NDArray gated = activate(gateUp.get(0)).mul(gateUp.get(1));
    return adapter.adapt(layer, Adapter.Site.DOWN, gated, Linear.linear(gated, w.down()).head());
  }

  private NDArray activate(NDArray x) {
    if (activation == Activation.SILU) {
      return x.mul(ai.djl.nn.Activation.sigmoid(x));
    }
    // 0.5·x·(1 + tanh(z)) = x·sigmoid(2z), z = √(2/π)(x + 0.044715x³): six ops instead of nine.
    NDArray argument = x.square().mul(geluCubic).add(geluLinear).mul(x);
    return x.mul(ai.djl.nn.Activation.sigmoid(argument));
  }
}
