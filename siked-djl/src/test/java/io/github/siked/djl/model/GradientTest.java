package io.github.siked.djl.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forward pass is trainable: autograd's gradients agree with central finite differences for
 * parameters of every kind (the trainer builds on this; DJL's scalar operands once corrupted them).
 */
class GradientTest {

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "gemma"})
    void autogradMatchesFiniteDifferences(String arch) throws Exception {
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder =
                        Decoder.load(ReferenceLogitsTest.Reference.load(arch).directory(), manager)) {
            TokenBatch batch = TokenBatch.leftPadded(KvCacheTest.randomSequences(new Random(4), 6, 4), 0);
            Map<String, NDArray> parameters = decoder.weights().parameters();
            parameters.values().forEach(p -> p.setRequiresGradient(true));
            float[] probe = randomProbe(batch.rows() * batch.columns() * 128);

            try (NDManager step = manager.newSubManager();
                    GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(loss(decoder, step, batch, probe));
            }
            for (String name : new String[] {
                "embedding", "layers.0.qkv", "layers.1.input_norm", "layers.0.gate_up", "layers.1.down", "final_norm"
            }) {
                NDArray parameter = parameters.get(name);
                float[] gradient = parameter.getGradient().toFloatArray();
                int index = largest(gradient);
                double numeric = finiteDifference(decoder, manager, batch, probe, parameter, index);
                assertTrue(
                        Math.abs(numeric - gradient[index]) <= 0.02 * Math.abs(numeric) + 1e-3,
                        arch + " " + name + "[" + index + "]: autograd " + gradient[index] + ", numeric " + numeric);
            }
            if (decoder.config().attention().bias()) {
                float[] bias = parameters.get("layers.0.qkv_bias").getGradient().toFloatArray();
                assertTrue(Math.abs(bias[largest(bias)]) > 1e-4, arch + " q/k/v bias gradient is zero");
            }
        }
    }

    /** A fixed random projection of the logits: every position and token contributes. */
    private static NDArray loss(Decoder decoder, NDManager step, TokenBatch batch, float[] probe) {
        NDArray logits = decoder.logits(batch.toArray(step), batch.leftPadding());
        return logits.mul(step.create(probe, new Shape(batch.rows(), batch.columns(), 128)))
                .sum();
    }

    private static double finiteDifference(
            Decoder decoder, NDManager manager, TokenBatch batch, float[] probe, NDArray parameter, int index) {
        float[] values = parameter.toFloatArray();
        float original = values[index];
        float h = 1e-2f;
        double[] losses = new double[2];
        for (int side = 0; side < 2; side++) {
            values[index] = original + (side == 0 ? h : -h);
            parameter.set(values);
            try (NDManager step = manager.newSubManager()) {
                losses[side] = loss(decoder, step, batch, probe).getFloat();
            }
        }
        values[index] = original;
        parameter.set(values);
        return (losses[0] - losses[1]) / (2 * h);
    }

    private static int largest(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i]) > Math.abs(values[best])) {
                best = i;
            }
        }
        return best;
    }

    private static float[] randomProbe(int count) {
        Random random = new Random(8);
        float[] probe = new float[count];
        for (int i = 0; i < count; i++) {
            probe[i] = random.nextFloat() - 0.5f;
        }
        return probe;
    }
}
