package io.github.siked.djl.model;

/**
 * The shape of a Llama-family decoder, as Hugging Face's config.json gives it.
 *
 * @param architecture the family ({@code model_type})
 * @param vocabSize tokens in the vocabulary ({@code vocab_size})
 * @param hiddenSize width of the residual stream ({@code hidden_size})
 * @param intermediateSize width of the gated MLP ({@code intermediate_size})
 * @param numLayers decoder layers ({@code num_hidden_layers})
 * @param numHeads query heads ({@code num_attention_heads})
 * @param numKvHeads key/value heads, a divisor of numHeads ({@code num_key_value_heads})
 * @param headDim width of one head, even for RoPE ({@code head_dim}, else hidden / heads)
 * @param rmsNormEps epsilon inside RMSNorm's square root ({@code rms_norm_eps})
 * @param ropeTheta RoPE base ({@code rope_theta})
 * @param maxPositions longest sequence the model was made for ({@code max_position_embeddings})
 * @param tieWordEmbeddings whether the LM head is the embedding ({@code tie_word_embeddings})
 * @param activation the MLP gate's activation ({@code hidden_act})
 * @param attentionBias whether q, k and v projections have biases (Qwen2)
 */
public record ModelConfig(
        Architecture architecture,
        int vocabSize,
        int hiddenSize,
        int intermediateSize,
        int numLayers,
        int numHeads,
        int numKvHeads,
        int headDim,
        double rmsNormEps,
        double ropeTheta,
        int maxPositions,
        boolean tieWordEmbeddings,
        Activation activation,
        boolean attentionBias) {

    public ModelConfig {
        if (architecture == null || activation == null) {
            throw new IllegalArgumentException("architecture and activation must be given");
        }
        positive("vocab_size", vocabSize);
        positive("hidden_size", hiddenSize);
        positive("intermediate_size", intermediateSize);
        positive("num_hidden_layers", numLayers);
        positive("num_attention_heads", numHeads);
        positive("num_key_value_heads", numKvHeads);
        positive("head_dim", headDim);
        positive("max_position_embeddings", maxPositions);
        if (numHeads % numKvHeads != 0) {
            throw new IllegalArgumentException("num_attention_heads (" + numHeads
                    + ") must be a multiple of num_key_value_heads (" + numKvHeads + ")");
        }
        if (headDim % 2 != 0) {
            throw new IllegalArgumentException("head_dim must be even for rotary embeddings; was " + headDim);
        }
        if (!(rmsNormEps > 0 && rmsNormEps < 1)) {
            throw new IllegalArgumentException("rms_norm_eps must be in (0, 1); was " + rmsNormEps);
        }
        if (!(ropeTheta > 1)) {
            throw new IllegalArgumentException("rope_theta must be above 1; was " + ropeTheta);
        }
    }

    /**
     * A small from-scratch configuration: head_dim = hidden / heads, eps 1e-6, theta 10,000,
     * 2,048 positions, tied embeddings, and the family's activation and biases.
     */
    public static ModelConfig tiny(
            Architecture architecture,
            int vocabSize,
            int hiddenSize,
            int intermediateSize,
            int numLayers,
            int numHeads,
            int numKvHeads) {
        if (numHeads <= 0 || hiddenSize % numHeads != 0) {
            throw new IllegalArgumentException(
                    "hidden_size (" + hiddenSize + ") must be a multiple of num_attention_heads (" + numHeads + ")");
        }
        return new ModelConfig(
                architecture,
                vocabSize,
                hiddenSize,
                intermediateSize,
                numLayers,
                numHeads,
                numKvHeads,
                hiddenSize / numHeads,
                1e-6,
                10_000,
                2048,
                true,
                architecture.defaultActivation(),
                architecture == Architecture.QWEN2);
    }

    /** Query heads that share one key/value head. */
    public int groupSize() {
        return numHeads / numKvHeads;
    }

    /** Width of the fused q, k, v projection's output. */
    public int qkvSize() {
        return (numHeads + 2 * numKvHeads) * headDim;
    }

    /**
     * Weights that take part in matrix multiplications, the LM head included and embedding lookups
     * excluded: N in the 6·N FLOPs-per-token estimate.
     */
    public long matmulParameters() {
        long attention = (long) hiddenSize * qkvSize() + (long) numHeads * headDim * hiddenSize;
        long mlp = 3L * hiddenSize * intermediateSize;
        return numLayers * (attention + mlp) + (long) vocabSize * hiddenSize;
    }

    /** Every parameter, each counted once (a tied head is not counted twice). */
    public long parameters() {
        long norms = (2L * numLayers + 1) * hiddenSize;
        long biases = attentionBias ? (long) numLayers * qkvSize() : 0;
        long embedding = (long) vocabSize * hiddenSize;
        return matmulParameters() + norms + biases + (tieWordEmbeddings ? 0 : embedding);
    }

    private static void positive(String key, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be a positive integer; was " + value);
        }
    }
}
