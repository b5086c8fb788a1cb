package io.github.siked.djl.model;

import java.util.Optional;

/**
 * The gate activation of the gated MLP (Shazeer, "GLU Variants Improve Transformer",
 * <a href="https://arxiv.org/abs/2002.05202">arXiv 2002.05202</a>): SwiGLU uses SiLU, GeGLU
 * uses GELU, here its tanh approximation as Gemma does.
 */
public enum Activation {
    SILU("silu"),
    GELU_TANH("gelu_pytorch_tanh");

    private final String hfName;

    Activation(String hfName) {
        this.hfName = hfName;
    }

    /** The name config.json's {@code hidden_act} uses. */
    public String hfName() {
        return hfName;
    }

    public static Optional<Activation> fromHfName(String name) {
        for (Activation activation : values()) {
            if (activation.hfName.equals(name)) {
                return Optional.of(activation);
            }
        }
        return Optional.empty();
    }
}
