package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * Token sequences of different lengths as one left-padded (rows, columns) batch, the layout
 * {@link Decoder} and {@link KvCache} expect.
 *
 * @param ids row-major token ids, pad slots holding the pad id
 * @param rows sequences
 * @param columns the longest sequence's length
 * @param leftPadding pad slots before each row's first token
 */
public record TokenBatch(long[] ids, int rows, int columns, int[] leftPadding) {

    public TokenBatch {
        if (ids.length != (long) rows * columns || leftPadding.length != rows) {
            throw new IllegalArgumentException(
                    "a " + rows + "×" + columns + " batch needs " + rows * columns + " ids and " + rows + " paddings");
        }
    }

    /** Left-pads {@code sequences} with {@code padId} to the longest one's length. */
    public static TokenBatch leftPadded(List<int[]> sequences, int padId) {
        int rows = sequences.size();
        int columns = sequences.stream().mapToInt(s -> s.length).max().orElse(0);
        long[] ids = new long[rows * columns];
        int[] padding = new int[rows];
        for (int r = 0; r < rows; r++) {
            int[] sequence = sequences.get(r);
            padding[r] = columns - sequence.length;
            Arrays.fill(ids, r * columns, r * columns + padding[r], padId);
            for (int j = 0; j < sequence.length; j++) {
                ids[r * columns + padding[r] + j] = sequence[j];
            }
        }
        return new TokenBatch(ids, rows, columns, padding);
    }

    /** The ids as an int64 (rows, columns) array in {@code manager}. */
    public NDArray toArray(NDManager manager) {
        return manager.create(ids, new Shape(rows, columns));
    }
}
