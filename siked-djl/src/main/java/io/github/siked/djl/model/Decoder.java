package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import io.github.siked.djl.safetensors.Checkpoint;
import io.github.siked.djl.safetensors.SafetensorsException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A Llama-family decoder (Llama/SmolLM, Qwen2, Gemma) in float32 on DJL's PyTorch engine:
 * embedding, then per layer RMSNorm → grouped-query attention with RoPE → residual → RMSNorm →
 * gated MLP → residual, then a final RMSNorm and the LM head.
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
  private final NDArray embeddingScale;

  private Decoder(ModelConfig config, NDManager manager, DecoderWeights weights) {
    this.config = config;
    this.manager = manager;
    this.weights = weights;
    this.norm = new RmsNorm(config, manager);
    this.rope = new Rope(config, manager);
    this.attention = new GroupedQueryAttention(config, rope, manager);
    this.mlp = new GatedMlp(config, manager);
    this.embeddingScale = config.architecture().scalesEmbeddings()
        ? manager.create((float) Math.sqrt(config.hiddenSize())) : null;
  }

  /**
   * Loads a Hugging Face model directory: config.json and model.safetensors or
   * model.safetensors.index.json with its shards (float32, float16 or bfloat16 weights).
   */
  public static Decoder load(Path directory, NDManager parent)
      throws ModelConfigException, SafetensorsException {
    ModelConfig config = ConfigJson.read(directory.resolve("config.json"));
    Checkpoint checkpoint = Checkpoint.open(directory);
    NDManager manager = parent.newSubManager();
    try {
      return new Decoder(config, manager, WeightLoader.load(checkpoint, config, manager));
    } catch (ModelConfigException | RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  /** A freshly initialised model (see {@link RandomInit}); the same seed gives the same weights. */
  public static Decoder random(ModelConfig config, long seed, NDManager parent) {
    NDManager manager = parent.newSubManager();
    return new Decoder(config, manager, RandomInit.weights(config, seed, manager));
  }

  public ModelConfig config() {
    return config;
  }

  public DecoderWeights weights() {
    return weights;
  }

  /** An empty cache for a batch whose rows start with {@code leftPadding[r]} pad slots. */
  public KvCache newCache(int[] leftPadding) {
    return new KvCache(manager, config.numLayers(), leftPadding);
  }

  /** Logits at every position, (batch, seq, vocab), computed from scratch (training, scoring). */
  public NDArray logits(NDArray tokens, int[] leftPadding) {
    return forward(tokens, leftPadding, 0, null, false);
  }

  /** Logits at every new position, (batch, seq, vocab), after what {@code cache} holds. */
  public NDArray logits(NDArray tokens, KvCache cache) {
    return forward(tokens, cache.paddingView(), cache.length(), cache, false);
  }

  /** Logits at the last new position only, (batch, vocab): a prefill or decode step. */
  public NDArray nextLogits(NDArray tokens, KvCache cache) {
    return forward(tokens, cache.paddingView(), cache.length(), cache, true);
  }

  /**
   * Logits at the last new position, (rows, vocab), for the first {@code rows} rows of {@code
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
        throw new IllegalArgumentException("row " + r + " has tokens before slot " + (cache.length()
            + seq) + " (padding " + padding[r] + "), so it cannot be left out of this step");
      }
    }
    int[] leading = rows == padding.length ? padding : Arrays.copyOf(padding, rows);
    return forward(tokens, leading, cache.length(), cache, true);
  }

  /**
   * Logits at every position, (batch, seq, vocab), for packed training rows: several examples back
   * to back in a row, each with its own positions (RoPE restarts per example) and attending only
   * within itself (a block-diagonal causal mask from the segment ids). {@code adapter} adds
   * trainable low-rank terms to the projections ({@link Adapter#NONE} for none).
   *
   * @param tokens (batch, seq) token ids
   * @param positions (batch, seq) each token's position within its example
   * @param segments (batch, seq) which example a token belongs to; equal ids must be contiguous
   */
  public NDArray packedLogits(NDArray tokens, int[][] positions, int[][] segments, Adapter adapter) {
    int seq = Math.toIntExact(tokens.getShape().get(1));
    if (positions.length != tokens.getShape().get(0) || segments.length != positions.length
        || positions[0].length != seq || segments[0].length != seq) {
      throw new IllegalArgumentException("positions and segments must be (batch, seq) as tokens "
          + tokens.getShape() + " are");
    }
    NDManager step = tokens.getManager();
    NDArray[] ropeTables = rope.tables(step, positions);
    // Banded scores when the examples are short next to the row (KeyWindows), else a full mask.
    Optional<KeyWindows> windows = KeyWindows.plan(step, segments);
    return windows.isPresent()
        ? layers(tokens, ropeTables, null, windows.get(), null, false, adapter)
        : layers(tokens, ropeTables, AttentionMask.packed(step, segments), null, null, false,
            adapter);
  }

  private NDArray forward(NDArray tokens, int[] leftPadding, int past, KvCache cache,
      boolean lastOnly) {
    int batch = Math.toIntExact(tokens.getShape().get(0));
    int seq = Math.toIntExact(tokens.getShape().get(1));
    if (batch != leftPadding.length) {
      throw new IllegalArgumentException("tokens have " + batch + " rows but the padding lists "
          + leftPadding.length);
    }
    if (past + seq > config.maxPositions()) {
      throw new IllegalArgumentException(past + seq + " positions exceed max_position_embeddings ("
          + config.maxPositions() + "); lower the prompt length or the new-token cap");
    }
    NDManager step = tokens.getManager();
    NDArray[] ropeTables = rope.tables(step, leftPadding, past, seq);
    NDArray mask = AttentionMask.build(step, leftPadding, past, seq);
    return layers(tokens, ropeTables, mask, null, cache, lastOnly, Adapter.NONE);
  }

  private NDArray layers(NDArray tokens, NDArray[] ropeTables, NDArray mask, KeyWindows windows,
      KvCache cache, boolean lastOnly, Adapter adapter) {
    int seq = Math.toIntExact(tokens.getShape().get(1));
    // (batch, seq, hidden)
    NDArray x = Embedding.embedding(tokens, weights.embedding(), SparseFormat.DENSE).head();
    if (embeddingScale != null) {
      x = x.mul(embeddingScale);
    }
    for (int i = 0; i < config.numLayers(); i++) {
      LayerWeights layer = weights.layers().get(i);
      x = x.add(attention.apply(norm.apply(x, layer.inputNorm()), layer, ropeTables, mask, windows,
          cache, i, adapter));
      x = x.add(mlp.apply(norm.apply(x, layer.postNorm()), layer, i, adapter));
    }
    if (cache != null) {
      cache.advance(seq);
    }
    if (lastOnly) {
      // (batch, hidden): left padding puts every row's last token in the last column.
      x = x.get(new NDIndex(":, -1, :"));
    }
    return Linear.linear(norm.apply(x, weights.finalNorm()), weights.head()).head();
  }

  @Override
  public void close() {
    manager.close();
  }
}
