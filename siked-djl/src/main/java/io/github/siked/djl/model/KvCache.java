package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.Arrays;

/**
 * Keys and values of the tokens a batch has seen, per layer, for incremental decoding.
 *
 * <p>Ragged batches are left-padded: row r starts with {@code leftPadding[r]} pad slots, which the
 * attention mask hides and which do not count as positions, so every row's next token sits in
 * the same column and one decode step serves the whole batch. The cache owns its arrays in a
 * manager of its own, so a caller may close a per-step manager after each step.
 */
public final class KvCache implements AutoCloseable {

  private final NDManager manager;
  private int[] leftPadding;
  private final NDArray[] keys;
  private final NDArray[] values;
  private int length;

  KvCache(NDManager parent, int layers, int[] leftPadding) {
    for (int padding : leftPadding) {
      if (padding < 0) {
        throw new IllegalArgumentException("left padding must be 0 or more; was " + padding);
      }
    }
    this.manager = parent.newSubManager();
    this.leftPadding = leftPadding.clone();
    this.keys = new NDArray[layers];
    this.values = new NDArray[layers];
  }

  /** Pad slots at the start of each row. */
  public int[] leftPadding() {
    return leftPadding.clone();
  }

  int[] paddingView() {
    return leftPadding;
  }

  public int batchSize() {
    return leftPadding.length;
  }

  /** Token slots cached per row, pad slots included. */
  public int length() {
    return length;
  }

  /**
   * Appends one layer's new keys, transposed to (batch, kv_heads, head_dim, seq), and values,
   * (batch, kv_heads, seq, head_dim), and returns all of them: {keys (batch, kv_heads, head_dim,
   * length + seq), values (batch, kv_heads, length + seq, head_dim)}. Callers must not make the
   * returned arrays the first operand of an op: its result would belong to the cache.
   */
  NDArray[] append(int layer, NDArray newKeys, NDArray newValues) {
    NDArray allKeys = keys[layer] == null ? newKeys : keys[layer].concat(newKeys, 3);
    NDArray allValues = values[layer] == null ? newValues : values[layer].concat(newValues, 2);
    // Take ownership, then free the previous (shorter) arrays now rather than at close.
    allKeys.attach(manager);
    allValues.attach(manager);
    if (keys[layer] != null) {
      keys[layer].close();
      values[layer].close();
    }
    keys[layer] = allKeys;
    values[layer] = allValues;
    return new NDArray[] {allKeys, allValues};
  }

  /** Records that every layer now holds {@code seq} more slots. */
  void advance(int seq) {
    length += seq;
  }

  /**
   * Keeps only {@code rows} (increasing indices), for instance the rows of a batch still
   * generating, and drops the pad slots that all of them share, so that later steps spend no work
   * on ended rows. Positions are unchanged: a row's position is its slot minus its padding, and
   * both fall by the same amount.
   */
  public void retainRows(int[] rows) {
    int previous = -1;
    for (int row : rows) {
      if (row <= previous || row >= leftPadding.length) {
        throw new IllegalArgumentException("rows to keep must increase and lie in [0, "
            + leftPadding.length + "); were " + Arrays.toString(rows));
      }
      previous = row;
    }
    int[] padding = Arrays.stream(rows).map(r -> leftPadding[r]).toArray();
    int shared = Math.min(length, Arrays.stream(padding).min().orElse(0));
    try (NDManager scope = manager.newSubManager()) {
      NDArray index = scope.create(Arrays.stream(rows).asLongStream().toArray());
      for (int layer = 0; layer < keys.length; layer++) {
        if (keys[layer] == null) {
          continue;
        }
        // keys (batch, kv_heads, head_dim, slots), values (batch, kv_heads, slots, head_dim)
        NDArray maskedKeys = keys[layer].get(new NDIndex("{}", index));
        NDArray maskedValues = values[layer].get(new NDIndex("{}", index));
        NDArray k = maskedKeys.get(new NDIndex(":, :, :, {}:", shared));
        NDArray v = maskedValues.get(new NDIndex(":, :, {}:", shared));
        k.attach(manager);
        v.attach(manager);
        // The slices keep their storage alive; the handles of the full copies can go now.
        maskedKeys.close();
        maskedValues.close();
        keys[layer].close();
        values[layer].close();
        keys[layer] = k;
        values[layer] = v;
      }
    }
    leftPadding = Arrays.stream(padding).map(p -> p - shared).toArray();
    length -= shared;
  }

  @Override
  public void close() {
    manager.close();
  }
}
