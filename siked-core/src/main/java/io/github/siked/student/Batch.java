package io.github.siked.student;

import java.util.List;

/**
 * Packed rows stacked for one optimizer micro-step: every array is (batch, length), plain Java
 * arrays that an engine turns into tensors. See {@link PackedRow} for what each array means.
 */
public record Batch(
        int[][] inputIds,
        int[][] targetIds,
        int[][] lossMask,
        float[][] lossWeight,
        int[][] positionIds,
        int[][] segmentIds) {

    /** Stacks rows of equal length. */
    public static Batch of(List<PackedRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one row; got none");
        }
        int n = rows.size();
        Batch batch = new Batch(new int[n][], new int[n][], new int[n][], new float[n][], new int[n][], new int[n][]);
        for (int i = 0; i < n; i++) {
            PackedRow row = rows.get(i);
            if (row.length() != rows.get(0).length()) {
                throw new IllegalArgumentException("row " + i + " has length " + row.length() + ", row 0 has "
                        + rows.get(0).length() + ": pack all rows of a batch with one maximum length");
            }
            batch.inputIds[i] = row.inputIds();
            batch.targetIds[i] = row.targetIds();
            batch.lossMask[i] = row.lossMask();
            batch.lossWeight[i] = row.lossWeight();
            batch.positionIds[i] = row.positionIds();
            batch.segmentIds[i] = row.segmentIds();
        }
        return batch;
    }

    /** Rows in the batch. */
    public int size() {
        return inputIds.length;
    }

    /** Tokens per row. */
    public int length() {
        return inputIds[0].length;
    }
}
