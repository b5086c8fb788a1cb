package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.HalfDifference;
import io.github.siked.student.Batch;
import io.github.siked.student.Overflow;
import io.github.siked.student.Packer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One packed batch's gradients through float16 copies ({@link HalfCopies}), unscaled, against
 * float32 backward, for every parameter of the committed tiny Llama, Qwen2 and Gemma models: a
 * cast that cut the graph (DJL's {@code toType} does) would leave parameters before it with zero
 * gradients.
 */
class HalfGradientTest {

    /** Of each parameter's largest |gradient|; measured here: 1.1e-3 to 4.8e-3. */
    static final double RELATIVE_TOLERANCE = 2e-2;

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "gemma"})
    void float16GradientsMatchFloat32Ones(String arch) throws Exception {
        // Rows of 32 take the full packed mask, rows of 128 of these short examples banded scores.
        for (int row : new int[] {32, 128}) {
            compare(
                    arch,
                    new Packer(row, Overflow.TRUNCATE, 0)
                            .pack(ResumeTest.examples(), 0)
                            .batches(2)
                            .get(0));
        }
    }

    private static void compare(String arch, Batch batch) throws Exception {
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.load(
                        Path.of(HalfGradientTest.class
                                .getResource("/reference/" + arch)
                                .toURI()),
                        manager)) {
            Map<String, float[]> wide = gradients(decoder, batch, DataType.FLOAT32, manager);
            Map<String, float[]> half = gradients(decoder, batch, DataType.FLOAT16, manager);
            assertEquals(wide.keySet(), half.keySet());
            wide.forEach((name, expected) -> {
                float[] actual = half.get(name);
                String what = arch + " rows of " + batch.length() + " " + name;
                HalfDifference difference = HalfDifference.of(expected, actual, what);
                double scale = difference.scale();
                double worst = difference.worst();
                assertTrue(scale > 0, what + " has no float32 gradient");
                assertTrue(
                        worst <= RELATIVE_TOLERANCE * scale,
                        what + ": largest difference " + worst + " against gradients up to " + scale);
            });
        }
    }

    private static Map<String, float[]> gradients(Decoder decoder, Batch batch, DataType type, NDManager manager) {
        Map<String, NDArray> masters = decoder.weights().parameters();
        masters.values().forEach(p -> p.setRequiresGradient(type == DataType.FLOAT32));
        Map<String, float[]> out = new LinkedHashMap<>();
        try (NDManager step = manager.newSubManager();
                HalfCopies copies = new HalfCopies(masters, decoder.weights(), Optional.empty(), type, manager)) {
            HalfCopies.Pass pass = copies.pass(step);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(ResponseLoss.of(
                        decoder,
                        pass.weights(),
                        pass.adapter(),
                        BatchTensors.of(batch, BatchTensors.weightSum(batch), step)));
            }
            copies.collect(pass, step);
            copies.gradients(step).forEach((name, g) -> {
                assertEquals(DataType.FLOAT32, g.getDataType(), name);
                out.put(name, g.toFloatArray());
            });
        } finally {
            masters.values().forEach(p -> p.setRequiresGradient(false));
        }
        return out;
    }
}
