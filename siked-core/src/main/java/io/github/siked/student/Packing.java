package io.github.siked.student;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Packer#pack} made of a list of examples: which examples share each row, in training
 * order. Rows and batches are filled with arrays when read, one at a time.
 */
public final class Packing {

    private final List<List<TokenizedExample>> layout;
    private final int maxLength;
    private final int padId;
    private final int packed;
    private final int truncated;
    private final int rejected;

    Packing(List<List<TokenizedExample>> layout, int maxLength, int padId, int packed, int truncated, int rejected) {
        this.layout = List.copyOf(Objects.requireNonNull(layout, "layout").stream()
                .map(List::copyOf)
                .toList());
        this.maxLength = maxLength;
        this.padId = padId;
        this.packed = packed;
        this.truncated = truncated;
        this.rejected = rejected;
    }

    /** The rows in training order; each is filled when read, so read each once. */
    public List<PackedRow> rows() {
        return new AbstractList<>() {
            @Override
            public PackedRow get(int index) {
                return PackedRow.of(layout.get(index), maxLength, padId);
            }

            @Override
            public int size() {
                return layout.size();
            }
        };
    }

    /** The rows in batches of {@code batchSize}, filled when read; the last batch may be smaller. */
    public List<Batch> batches(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1; was " + batchSize);
        }
        List<PackedRow> rows = rows();
        return new AbstractList<>() {
            @Override
            public Batch get(int index) {
                int from = index * batchSize;
                return Batch.of(List.copyOf(rows.subList(from, Math.min(rows.size(), from + batchSize))));
            }

            @Override
            public int size() {
                return (rows.size() + batchSize - 1) / batchSize;
            }
        };
    }

    /** Examples placed in a row, truncated ones included. */
    public int packed() {
        return packed;
    }

    /** Examples cut to fit a row ({@link Overflow#TRUNCATE}). */
    public int truncated() {
        return truncated;
    }

    /** Examples left out because they did not fit. */
    public int rejected() {
        return rejected;
    }

    /** Tokens of examples, padding excluded: what one epoch trains on. */
    public long tokens() {
        return layout.stream()
                .flatMap(List::stream)
                .mapToLong(TokenizedExample::length)
                .sum();
    }

    /** Tokens that belong to examples over all row slots: 1 means no padding at all. */
    public double fill() {
        return layout.isEmpty() ? 0 : (double) tokens() / ((long) layout.size() * maxLength);
    }

    /** One line for the log: rows, examples, fill, and what did not fit. */
    public String describe() {
        return String.format(
                "packed %,d examples into %,d rows (%.1f%% of token slots used); %,d truncated, %,d rejected",
                packed, layout.size(), 100 * fill(), truncated, rejected);
    }
}
