package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import io.github.siked.djl.safetensors.Checkpoint;
import io.github.siked.djl.safetensors.ModelFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Llama-family decoder (Llama/SmolLM, Qwen2, Gemma) on DJL's PyTorch engine: embedding, then
 * per layer RMSNorm → grouped-query attention with RoPE → residual → RMSNorm → gated MLP →
 * residual, then a final RMSNorm and the LM head.
 *
 * <p>A forward pass computes in the dtype of the weights it is given, float32 or float16 (for
 * mixed precision, Micikevicius et al., <a href="https://arxiv.org/abs/1710.03740">arXiv
 * 1710.03740</a>): embeddings, projections, RoPE, the mask and the MLP in that dtype, RMSNorm and
 * the attention softmax in float32 (widened, then narrowed back), as transformers runs a
 * half-precision Llama. The decoder's own weights are float32 unless it was loaded or drawn in
 * float16 (sampling on a GPU); training in fp16 passes float16 copies of float32 master weights
 * to {@link #packedLogits(DecoderWeights, NDArray, int[][], int[][], Adapter)}.
 *
 * <p>Results of a forward pass belong to the manager of the {@code tokens} array passed in: give
 * each step a sub-manager and close it afterwards. Batches of different lengths are left-padded
 * ({@link KvCache}); token ids are int64 (or int32), shape (batch, seq).
 */
public final class Decoder implements AutoCloseable {

    private final ModelConfig config;
    private final NDManager manager;
    private final DecoderWeights weights;
    private final RmsNorm norm;
    private final GroupedQueryAttention attention;
    private final GatedMlp mlp;
    private final Rope rope;
    /** Fixed arrays per compute dtype: the weights' own made at once, others when first used. */
    private final Map<DataType, Constants> constants = new EnumMap<>(DataType.class);

    private Decoder(ModelConfig config, NDManager manager, DecoderWeights weights) {
        this.config = config;
        this.manager = manager;
        this.weights = weights;
        this.norm = new RmsNorm(config, manager);
        this.rope = new Rope(config);
        this.attention = new GroupedQueryAttention(config, rope);
        this.mlp = new GatedMlp(config);
        constants(weights.embedding().getDataType());
    }

    /**
     * Loads a Hugging Face model directory: config.json and model.safetensors or
     * model.safetensors.index.json with its shards (float32, float16 or bfloat16 weights), as
     * float32 arrays.
     */
    public static Decoder load(Path directory, NDManager parent) throws ModelFileException {
        return load(directory, parent, DataType.FLOAT32);
    }

    /**
     * Loads a Hugging Face model directory with its weights stored, and computed with, as {@code
     * type}: {@link DataType#FLOAT32}, or {@link DataType#FLOAT16} to sample on a GPU in half the
     * memory.
     */
    public static Decoder load(Path directory, NDManager parent, DataType type) throws ModelFileException {
        ModelConfig config = ConfigJson.read(directory.resolve("config.json"));
        Checkpoint checkpoint = Checkpoint.open(directory);
        NDManager manager = parent.newSubManager();
        try {
            return new Decoder(config, manager, WeightLoader.load(checkpoint, config, type, manager));
        } catch (ModelFileException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** A freshly initialised model (see {@link RandomInit}); the same seed gives the same weights. */
    public static Decoder random(ModelConfig config, long seed, NDManager parent) {
        return random(config, seed, parent, DataType.FLOAT32);
    }

    /**
     * A freshly initialised model with weights stored as {@code type}: the float32 draws of {@link
     * #random(ModelConfig, long, NDManager)}, rounded once for {@link DataType#FLOAT16}.
     */
    public static Decoder random(ModelConfig config, long seed, NDManager parent, DataType type) {
        NDManager manager = parent.newSubManager();
        try {
            return new Decoder(config, manager, RandomInit.weights(config, seed, type, manager));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public ModelConfig config() {
        return config;
    }

    public DecoderWeights weights() {
        return weights;
    }

    /** The dtype this decoder's own weights are stored and computed in. */
    public DataType computeType() {
        return weights.embedding().getDataType();
    }

    /** An empty cache for a batch whose rows start with {@code leftPadding[r]} pad slots. */
    public KvCache newCache(int[] leftPadding) {
        return new KvCache(manager, config.dimensions().numLayers(), leftPadding);
    }

    /**
     * Logits at every position, (batch, seq, vocab), computed from scratch (training, scoring), in
     * the compute dtype.
     */
    public NDArray logits(NDArray tokens, int[] leftPadding) {
        return forward(tokens, leftPadding, 0, Optional.empty(), false);
    }

    /**
     * Logits at every new position, (batch, seq, vocab), after what {@code cache} holds, in the
     * compute dtype.
     */
    public NDArray logits(NDArray tokens, KvCache cache) {
        return forward(tokens, cache.paddingView(), cache.length(), Optional.of(cache), false);
    }

    /**
     * Logits at the last new position only, (batch, vocab): a prefill or decode step. Always
     * float32, whatever the compute dtype: they are copied out to Java to pick tokens.
     */
    public NDArray nextLogits(NDArray tokens, KvCache cache) {
        return forward(tokens, cache.paddingView(), cache.length(), Optional.of(cache), true);
    }

    /**
     * Logits at the last new position, (rows, vocab), float32, for the first {@code rows} rows of {@code
     * cache} only, where {@code tokens} is (rows, seq) and every other row holds only left padding
     * in these columns: a prefill chunk of a batch sorted longest prompt first skips the rows that
     * have not started yet. Their slots stay empty and hidden by the mask.
     *
     * @throws IllegalArgumentException when a row left out has a token in these columns
     */
    public NDArray nextLogitsOfLeadingRows(NDArray tokens, KvCache cache) {
        int rows = Math.toIntExact(tokens.getShape().get(0));
        int seq = Math.toIntExact(tokens.getShape().get(1));
        int[] padding = cache.paddingView();
        for (int r = rows; r < padding.length; r++) {
            if (padding[r] < cache.length() + seq) {
                throw new IllegalArgumentException("row " + r + " has tokens before slot " + (cache.length() + seq)
                        + " (padding " + padding[r] + "), so it cannot be left out of this step");
            }
        }
        int[] leading = rows == padding.length ? padding : Arrays.copyOf(padding, rows);
        return forward(tokens, leading, cache.length(), Optional.of(cache), true);
    }

    /**
     * Logits at every position, (batch, seq, vocab), for packed training rows: several examples back
     * to back in a row, each with its own positions (RoPE restarts per example) and attending only
     * within itself (a block-diagonal causal mask from the segment ids). {@code adapter} adds
     * trainable low-rank terms to the projections ({@link Adapter#NONE} for none). Computes with
     * the decoder's own weights, in their dtype.
     *
     * @param tokens (batch, seq) token ids
     * @param positions (batch, seq) each token's position within its example
     * @param segments (batch, seq) which example a token belongs to; equal ids must be contiguous
     */
    public NDArray packedLogits(NDArray tokens, int[][] positions, int[][] segments, Adapter adapter) {
        return packedLogits(weights, tokens, positions, segments, adapter);
    }

    /**
     * {@link #packedLogits(NDArray, int[][], int[][], Adapter)} with {@code weights} in place of the
     * decoder's own, computing in their dtype: mixed-precision training passes float16 copies of
     * its float32 master weights, made inside the gradient collector so that backward reaches the
     * masters through the casts. Logits come back in that dtype.
     */
    public NDArray packedLogits(
            DecoderWeights weights, NDArray tokens, int[][] positions, int[][] segments, Adapter adapter) {
        int seq = Math.toIntExact(tokens.getShape().get(1));
        if (positions.length != tokens.getShape().get(0)
                || segments.length != positions.length
                || positions[0].length != seq
                || segments[0].length != seq) {
            throw new IllegalArgumentException(
                    "positions and segments must be (batch, seq) as tokens " + tokens.getShape() + " are");
        }
        NDManager step = tokens.getManager();
        Constants c = constants(weights.embedding().getDataType());
        NDArray[] ropeTables = rope.tables(step, positions, c);
        // Banded scores when the examples are short next to the row (KeyWindows), else a full mask.
        Optional<KeyWindows> windows = KeyWindows.plan(step, segments, c);
        AttentionMode mode = windows.isPresent()
                ? new AttentionMode.Banded(windows.get())
                : new AttentionMode.Full(Optional.of(AttentionMask.packed(step, segments, c)));
        return layers(weights, c, tokens, ropeTables, mode, false, adapter);
    }

    /** Logits of a left-padded batch, from scratch or after (and into) {@code cache}. */
    private NDArray forward(NDArray tokens, int[] leftPadding, int past, Optional<KvCache> cache, boolean lastOnly) {
        int batch = Math.toIntExact(tokens.getShape().get(0));
        int seq = Math.toIntExact(tokens.getShape().get(1));
        if (batch != leftPadding.length) {
            throw new IllegalArgumentException(
                    "tokens have " + batch + " rows but the padding lists " + leftPadding.length);
        }
        if (past + seq > config.positions().maxPositions()) {
            throw new IllegalArgumentException(past + seq + " positions exceed max_position_embeddings ("
                    + config.positions().maxPositions() + "); lower the prompt length or the new-token cap");
        }
        NDManager step = tokens.getManager();
        Constants c = constants(weights.embedding().getDataType());
        NDArray[] ropeTables = rope.tables(step, leftPadding, past, seq, c);
        Optional<NDArray> mask = AttentionMask.build(step, leftPadding, past, seq, c);
        AttentionMode mode = cache.<AttentionMode>map(k -> new AttentionMode.Cached(k, mask))
                .orElseGet(() -> new AttentionMode.Full(mask));
        NDArray logits = layers(weights, c, tokens, ropeTables, mode, lastOnly, Adapter.NONE);
        // Picked from in Java: float32 (no call at all when it already is).
        return lastOnly ? c.widen(logits) : logits;
    }

    private NDArray layers(
            DecoderWeights weights,
            Constants c,
            NDArray tokens,
            NDArray[] ropeTables,
            AttentionMode mode,
            boolean lastOnly,
            Adapter adapter) {
        int seq = Math.toIntExact(tokens.getShape().get(1));
        // (batch, seq, hidden)
        NDArray x = Embedding.embedding(tokens, weights.embedding(), SparseFormat.DENSE)
                .head();
        if (c.embeddingScale != null) {
            x = x.mul(c.embeddingScale);
        }
        for (int i = 0; i < config.dimensions().numLayers(); i++) {
            LayerWeights layer = weights.layers().get(i);
            x = x.add(attention.apply(norm.apply(x, layer.inputNorm(), c), layer, ropeTables, mode, i, adapter, c));
            x = x.add(mlp.apply(norm.apply(x, layer.postNorm(), c), layer, i, adapter, c));
        }
        if (mode instanceof AttentionMode.Cached cached) {
            cached.cache().advance(seq);
        }
        if (lastOnly) {
            // (batch, hidden): left padding puts every row's last token in the last column.
            x = x.get(new NDIndex(":, -1, :"));
        }
        return Linear.linear(norm.apply(x, weights.finalNorm(), c), weights.head())
                .head();
    }

    /** The fixed arrays for computing in {@code type}, made in the model's manager on first use. */
    private Constants constants(DataType type) {
        return constants.computeIfAbsent(type, t -> new Constants(config, t, manager));
    }

    @Override
    public void close() {
        manager.close();
    }
}
