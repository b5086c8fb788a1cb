package io.github.siked.student;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Packs tokenized examples into fixed-length rows, several to a row, so that no compute is spent
 * on padding (the SIKeD recipe trains with packing; METHOD.md "Loop").
 *
 * <p>The examples are shuffled with the seed (Fisher-Yates over a {@link SplittableRandom}), then
 * placed first-fit: each goes into the earliest row with room for it, else a new row. An example
 * never spans two rows, so a row holds whole examples, each already ending with its end marker.
 * The same examples and seed always give the same rows; pass a different seed per epoch to
 * reshuffle.
 */
public final class Packer {

  private final int maxLength;
  private final Overflow overflow;
  private final int padId;

  /**
   * @param maxLength tokens per row ({@code siked.train.maxLength})
   * @param overflow what to do with an example longer than a row
   * @param padId the id that fills the rest of a row
   */
  public Packer(int maxLength, Overflow overflow, int padId) {
    if (maxLength < 2) {
      throw new IllegalArgumentException("rows need at least 2 tokens; maxLength was " + maxLength);
    }
    this.maxLength = maxLength;
    this.overflow = Objects.requireNonNull(overflow, "overflow");
    this.padId = padId;
  }

  /** Shuffles with the seed, fits the examples into rows and fills in the row arrays. */
  public Packing pack(List<TokenizedExample> examples, long seed) {
    List<TokenizedExample> order = shuffled(examples, seed);
    List<List<TokenizedExample>> rows = new ArrayList<>();
    List<Integer> free = new ArrayList<>();
    int truncated = 0;
    int rejected = 0;
    for (TokenizedExample example : order) {
      TokenizedExample fitting = example;
      if (example.length() > maxLength) {
        // Truncation keeps at least one response token, or there is nothing to learn from it.
        if (overflow == Overflow.REJECT || example.promptIds().length >= maxLength) {
          rejected++;
          continue;
        }
        fitting = truncate(example);
        truncated++;
      }
      place(fitting, rows, free);
    }
    List<PackedRow> packed = new ArrayList<>(rows.size());
    for (List<TokenizedExample> row : rows) {
      packed.add(fill(row));
    }
    return new Packing(packed, order.size() - rejected, truncated, rejected);
  }

  private static List<TokenizedExample> shuffled(List<TokenizedExample> examples, long seed) {
    List<TokenizedExample> order = new ArrayList<>(examples);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = order.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      TokenizedExample swap = order.get(i);
      order.set(i, order.get(j));
      order.set(j, swap);
    }
    return order;
  }

  private TokenizedExample truncate(TokenizedExample example) {
    int keep = maxLength - example.promptIds().length;
    return new TokenizedExample(
        example.promptIds(), Arrays.copyOf(example.responseIds(), keep), example.weight());
  }

  private void place(TokenizedExample example, List<List<TokenizedExample>> rows, List<Integer> free) {
    for (int r = 0; r < rows.size(); r++) {
      if (free.get(r) >= example.length()) {
        rows.get(r).add(example);
        free.set(r, free.get(r) - example.length());
        return;
      }
    }
    List<TokenizedExample> row = new ArrayList<>();
    row.add(example);
    rows.add(row);
    free.add(maxLength - example.length());
  }

  private PackedRow fill(List<TokenizedExample> examples) {
    int[] input = new int[maxLength];
    int[] target = new int[maxLength];
    int[] mask = new int[maxLength];
    float[] weight = new float[maxLength];
    int[] position = new int[maxLength];
    int[] segment = new int[maxLength];
    Arrays.fill(input, padId);
    Arrays.fill(target, padId);
    int at = 0;
    for (int s = 0; s < examples.size(); s++) {
      TokenizedExample example = examples.get(s);
      int[] tokens = StudentEncoder.concat(example.promptIds(), example.responseIds());
      int promptLength = example.promptIds().length;
      for (int j = 0; j < tokens.length; j++) {
        input[at + j] = tokens[j];
        position[at + j] = j;
        segment[at + j] = s + 1;
        // The last token of an example predicts nothing: the next token belongs to another one.
        if (j + 1 < tokens.length) {
          target[at + j] = tokens[j + 1];
          if (j + 1 >= promptLength) {
            mask[at + j] = 1;
            weight[at + j] = example.weight();
          }
        }
      }
      at += tokens.length;
    }
    return new PackedRow(input, target, mask, weight, position, segment);
  }
}
