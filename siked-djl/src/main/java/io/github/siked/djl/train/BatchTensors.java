package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.github.siked.student.Batch;

/**
 * One micro-batch of packed rows as the arrays the loss needs, made in the step's manager.
 *
 * @param tokens (batch, seq) int64 input ids
 * @param targets (batch, seq, 1) int64 next-token ids, for gather over the vocabulary axis
 * @param weights (batch, seq) float: minus each token's loss weight over the optimizer step's
 *     total weight, 0 off the response, so the loss is one multiply-and-sum
 * @param positions (batch, seq) positions within each example
 * @param segments (batch, seq) example ids within each row
 * @param tokenCount tokens that belong to examples (padding excluded)
 */
record BatchTensors(
        NDArray tokens, NDArray targets, NDArray weights, int[][] positions, int[][] segments, long tokenCount) {

    /** The summed loss weight of a batch's response tokens: the step's loss divides by this. */
    static double weightSum(Batch batch) {
        double sum = 0;
        for (int r = 0; r < batch.size(); r++) {
            for (int j = 0; j < batch.length(); j++) {
                sum += batch.lossMask()[r][j] * batch.lossWeight()[r][j];
            }
        }
        return sum;
    }

    /**
     * @param stepWeight the summed weight of every micro-batch of the optimizer step, so that
     *     accumulated micro-batches give the gradient of one big batch
     */
    static BatchTensors of(Batch batch, double stepWeight, NDManager manager) {
        int rows = batch.size();
        int seq = batch.length();
        long[] tokens = new long[rows * seq];
        long[] targets = new long[rows * seq];
        float[] weights = new float[rows * seq];
        long used = 0;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < seq; j++) {
                int at = r * seq + j;
                tokens[at] = batch.inputIds()[r][j];
                targets[at] = batch.targetIds()[r][j];
                weights[at] = (float) (-batch.lossMask()[r][j] * batch.lossWeight()[r][j] / stepWeight);
                used += batch.segmentIds()[r][j] == 0 ? 0 : 1;
            }
        }
        return new BatchTensors(
                manager.create(tokens, new Shape(rows, seq)),
                manager.create(targets, new Shape(rows, seq, 1)),
                manager.create(weights, new Shape(rows, seq)),
                batch.positionIds(),
                batch.segmentIds(),
                used);
    }
}
