package io.github.siked.djl.model;

import java.util.Optional;

/**
 * The decoder families siked runs, by Hugging Face {@code model_type}. They share one
 * pre-norm transformer and differ only in the switches below.
 */
public enum Architecture {
    /** Llama and SmolLM: SwiGLU, plain RMSNorm, untied head by default. */
    LLAMA("llama", Activation.SILU, false),
    /** Qwen2: as Llama, plus biases on the q, k and v projections. */
    QWEN2("qwen2", Activation.SILU, false),
    /** Gemma: GeGLU, RMSNorm scaled by 1 + w, embeddings scaled by √hidden_size, tied head. */
    GEMMA("gemma", Activation.GELU_TANH, true);

    private final String modelType;
    private final Activation defaultActivation;
    private final boolean defaultTied;

    Architecture(String modelType, Activation defaultActivation, boolean defaultTied) {
        this.modelType = modelType;
        this.defaultActivation = defaultActivation;
        this.defaultTied = defaultTied;
    }

    /** The {@code model_type} of config.json. */
    public String modelType() {
        return modelType;
    }

    public Activation defaultActivation() {
        return defaultActivation;
    }

    /** Whether the LM head reuses the embedding when config.json leaves it unsaid. */
    public boolean defaultTied() {
        return defaultTied;
    }

    /** Gemma multiplies the token embeddings by √hidden_size. */
    public boolean scalesEmbeddings() {
        return this == GEMMA;
    }

    /** Gemma's RMSNorm multiplies by (1 + weight), so its stored weights are offsets from 1. */
    public boolean normAddsOne() {
        return this == GEMMA;
    }

    public static Optional<Architecture> fromModelType(String modelType) {
        for (Architecture architecture : values()) {
            if (architecture.modelType.equals(modelType)) {
                return Optional.of(architecture);
            }
        }
        return Optional.empty();
    }
}
