package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.github.siked.djl.model.Adapter;
import io.github.siked.djl.model.Decoder;
import io.github.siked.student.Batch;
import io.github.siked.student.Overflow;
import io.github.siked.student.Packer;
import io.github.siked.student.TokenizedExample;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Packing changes nothing an example sees: logits of examples packed into one row equal each
 * example's logits alone, and the packed loss equals the weighted mean of per-token losses.
 */
class PackedLossTest {

    @Test
    void packedExamplesSeeOnlyThemselves() {
        int[] first = {3, 9, 14, 2, 7};
        int[] second = {5, 11, 8};
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(LoraTest.LLAMA, 1, manager);
                NDManager step = manager.newSubManager()) {
            NDArray packed = decoder.packedLogits(
                    step.create(new long[] {3, 9, 14, 2, 7, 5, 11, 8, 0, 0}, new Shape(1, 10)),
                    new int[][] {{0, 1, 2, 3, 4, 0, 1, 2, 0, 0}},
                    new int[][] {{1, 1, 1, 1, 1, 2, 2, 2, 0, 0}},
                    Adapter.NONE);
            NDArray alone1 = alone(decoder, step, first);
            NDArray alone2 = alone(decoder, step, second);
            assertClose(alone1, packed.get(new NDIndex("0, 0:5, :")));
            assertClose(alone2, packed.get(new NDIndex("0, 5:8, :")));
        }
    }

    @Test
    void lossIsTheWeightedMeanOverResponseTokens() {
        // Example weights 1 and 3; responses of 2 and 1 tokens (the last token predicts nothing).
        List<TokenizedExample> examples = List.of(
                new TokenizedExample(new int[] {3, 9}, new int[] {14, 2, 7}, 1f),
                new TokenizedExample(new int[] {5}, new int[] {11, 8}, 3f));
        Batch batch =
                new Packer(10, Overflow.REJECT, 0).pack(examples, 0).batches(1).get(0);
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(LoraTest.LLAMA, 1, manager);
                NDManager step = manager.newSubManager()) {
            double stepWeight = BatchTensors.weightSum(batch);
            float loss = ResponseLoss.of(decoder, Adapter.NONE, BatchTensors.of(batch, stepWeight, step))
                    .getFloat();
            float[] logProbabilities = decoder.packedLogits(
                            step.create(
                                    java.util.Arrays.stream(batch.inputIds()[0])
                                            .asLongStream()
                                            .toArray(),
                                    new Shape(1, 10)),
                            batch.positionIds(),
                            batch.segmentIds(),
                            Adapter.NONE)
                    .logSoftmax(-1)
                    .toFloatArray();
            int vocab = decoder.config().vocabulary().size();
            double sum = 0;
            double weights = 0;
            for (int j = 0; j < 10; j++) {
                if (batch.lossMask()[0][j] == 1) {
                    float w = batch.lossWeight()[0][j];
                    sum -= w * logProbabilities[j * vocab + batch.targetIds()[0][j]];
                    weights += w;
                }
            }
            assertEquals(1 * 3 + 3 * 2, weights, 0);
            assertEquals(sum / weights, loss, 1e-5);
        }
    }

    private static NDArray alone(Decoder decoder, NDManager step, int[] tokens) {
        long[] ids = java.util.Arrays.stream(tokens).asLongStream().toArray();
        return decoder.logits(step.create(ids, new Shape(1, ids.length)), new int[] {0})
                .get(new NDIndex("0"));
    }

    private static void assertClose(NDArray expected, NDArray actual) {
        assertTrue(
                LoraTest.maxDifference(expected.toFloatArray(), actual.toFloatArray()) < 1e-5,
                "packed logits differ from the example's own");
    }
}
