package io.github.siked.djl.model;

/**
 * The shape of a Llama-family decoder, as Hugging Face's config.json gives it ({@link ConfigJson}
 * reads and writes it), grouped by the part of the network each value sizes. Every value is
 * checked where it is grouped; a message names the config.json key.
 *
 * @param architecture the family ({@code model_type})
 * @param vocabulary the token embedding and LM head
 * @param dimensions the residual stream, the MLP and the depth
 * @param attention the heads of grouped-query attention
 * @param positions RoPE and the longest sequence
 * @param normAndActivation RMSNorm's epsilon and the MLP gate's activation
 */
public record ModelConfig(
        Architecture architecture,
        Vocabulary vocabulary,
        Dimensions dimensions,
        Attention attention,
        Positions positions,
        NormAndActivation normAndActivation) {

    public ModelConfig {
        if (architecture == null
                || vocabulary == null
                || dimensions == null
                || attention == null
                || positions == null
                || normAndActivation == null) {
            throw new IllegalArgumentException("architecture and every group of a model configuration must be given");
        }
    }

    /**
     * @param size tokens in the vocabulary, rows of the embedding ({@code vocab_size})
     * @param tieWordEmbeddings whether the LM head is the embedding ({@code tie_word_embeddings})
     */
    public record Vocabulary(int size, boolean tieWordEmbeddings) {
        public Vocabulary {
            positive("vocab_size", size);
        }
    }

    /**
     * @param hiddenSize width of the residual stream ({@code hidden_size})
     * @param intermediateSize width of the gated MLP ({@code intermediate_size})
     * @param numLayers decoder layers ({@code num_hidden_layers})
     */
    public record Dimensions(int hiddenSize, int intermediateSize, int numLayers) {
        public Dimensions {
            positive("hidden_size", hiddenSize);
            positive("intermediate_size", intermediateSize);
            positive("num_hidden_layers", numLayers);
        }
    }

    /**
     * @param numHeads query heads ({@code num_attention_heads})
     * @param numKvHeads key/value heads, a divisor of numHeads ({@code num_key_value_heads})
     * @param headDim width of one head, even for RoPE ({@code head_dim}, else hidden / heads)
     * @param bias whether the q, k and v projections have biases (Qwen2)
     */
    public record Attention(int numHeads, int numKvHeads, int headDim, boolean bias) {
        public Attention {
            positive("num_attention_heads", numHeads);
            positive("num_key_value_heads", numKvHeads);
            positive("head_dim", headDim);
            if (numHeads % numKvHeads != 0) {
                throw new IllegalArgumentException("num_attention_heads (" + numHeads
                        + ") must be a multiple of num_key_value_heads (" + numKvHeads + ")");
            }
            if (headDim % 2 != 0) {
                throw new IllegalArgumentException("head_dim must be even for rotary embeddings; was " + headDim);
            }
        }

        /** Query heads that share one key/value head. */
        public int groupSize() {
            return numHeads / numKvHeads;
        }

        /** Width of the fused q, k, v projection's output. */
        public int qkvSize() {
            return (numHeads + 2 * numKvHeads) * headDim;
        }
    }

    /**
     * @param ropeTheta RoPE base ({@code rope_theta})
     * @param maxPositions longest sequence the model was made for ({@code max_position_embeddings})
     */
    public record Positions(double ropeTheta, int maxPositions) {
        public Positions {
            positive("max_position_embeddings", maxPositions);
            if (!(ropeTheta > 1)) {
                throw new IllegalArgumentException("rope_theta must be above 1; was " + ropeTheta);
            }
        }
    }

    /**
     * @param rmsNormEps epsilon inside RMSNorm's square root ({@code rms_norm_eps})
     * @param activation the MLP gate's activation ({@code hidden_act})
     */
    public record NormAndActivation(double rmsNormEps, Activation activation) {
        public NormAndActivation {
            if (activation == null) {
                throw new IllegalArgumentException("activation must be given");
            }
            if (!(rmsNormEps > 0 && rmsNormEps < 1)) {
                throw new IllegalArgumentException("rms_norm_eps must be in (0, 1); was " + rmsNormEps);
            }
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
                new Vocabulary(vocabSize, true),
                new Dimensions(hiddenSize, intermediateSize, numLayers),
                new Attention(numHeads, numKvHeads, hiddenSize / numHeads, architecture == Architecture.QWEN2),
                new Positions(10_000, 2048),
                new NormAndActivation(1e-6, architecture.defaultActivation()));
    }

    /** The same model with {@code size} rows in its vocabulary: a from-scratch start sized to its tokenizer. */
    public ModelConfig withVocabularySize(int size) {
        return new ModelConfig(
                architecture,
                new Vocabulary(size, vocabulary.tieWordEmbeddings()),
                dimensions,
                attention,
                positions,
                normAndActivation);
    }

    /**
     * Weights that take part in matrix multiplications, the LM head included and embedding lookups
     * excluded: N in the 6·N FLOPs-per-token estimate.
     */
    public long matmulParameters() {
        int hiddenSize = dimensions.hiddenSize();
        long attentionWeights = (long) hiddenSize * attention.qkvSize()
                + (long) attention.numHeads() * attention.headDim() * hiddenSize;
        long mlp = 3L * hiddenSize * dimensions.intermediateSize();
        return dimensions.numLayers() * (attentionWeights + mlp) + (long) vocabulary.size() * hiddenSize;
    }

    /** Every parameter, each counted once (a tied head is not counted twice). */
    public long parameters() {
        int numLayers = dimensions.numLayers();
        long norms = (2L * numLayers + 1) * dimensions.hiddenSize();
        long biases = attention.bias() ? (long) numLayers * attention.qkvSize() : 0;
        long embedding = (long) vocabulary.size() * dimensions.hiddenSize();
        return matmulParameters() + norms + biases + (vocabulary.tieWordEmbeddings() ? 0 : embedding);
    }

    private static void positive(String key, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be a positive integer; was " + value);
        }
    }
}
