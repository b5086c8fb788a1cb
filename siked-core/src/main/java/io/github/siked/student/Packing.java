package io.github.siked.student;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Packer#pack} made of a list of examples.
 *
 * @param rows the packed rows, in training order
 * @param packed examples placed in a row, truncated ones included
 * @param truncated examples cut to fit a row ({@link Overflow#TRUNCATE})
 * @param rejected examples left out because they did not fit
 */
public record Packing(List<PackedRow> rows, int packed, int truncated, int rejected) {

  public Packing {
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
  }

  /** Tokens that belong to examples, over all row slots: 1 means no padding at all. */
  public double fill() {
    long slots = 0;
    long used = 0;
    for (PackedRow row : rows) {
      slots += row.length();
      used += row.usedTokens();
    }
    return slots == 0 ? 0 : (double) used / slots;
  }

  /** The rows in batches of {@code batchSize}; the last batch may be smaller. */
  public List<Batch> batches(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1; was " + batchSize);
    }
    List<Batch> batches = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += batchSize) {
      batches.add(Batch.of(rows.subList(from, Math.min(rows.size(), from + batchSize))));
    }
    return batches;
  }

  /** One line for the log: rows, examples, fill, and what did not fit. */
  public String describe() {
    return String.format(
        "packed %,d examples into %,d rows (%.1f%% of token slots used); %,d truncated, %,d rejected",
        packed, rows.size(), 100 * fill(), truncated, rejected);
  }
}
