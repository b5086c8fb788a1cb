package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.github.siked.student.Schedule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learning-rate schedule, global-norm clipping and AdamW against hand-computed values. */
class OptimizerTest {

    @Test
    void warmupRisesThenLinearDecaysToZero() {
        LearningRate rate = LearningRate.of(1e-3, Schedule.LINEAR, 0.1, 100);
        assertEquals(10, rate.warmupSteps());
        assertEquals(1e-4, rate.at(0), 1e-12);
        assertEquals(1e-3, rate.at(9), 1e-12);
        assertEquals(1e-3, rate.at(10), 1e-12);
        assertEquals(0.5e-3, rate.at(55), 1e-12);
        assertEquals(1e-3 / 90, rate.at(99), 1e-12);
    }

    @Test
    void cosineIsHalfwayAtTheMiddleOfTheDecay() {
        LearningRate rate = LearningRate.of(2e-4, Schedule.COSINE, 0.0, 100);
        assertEquals(2e-4, rate.at(0), 1e-12);
        assertEquals(1e-4, rate.at(50), 1e-12);
        assertEquals(0, rate.at(100), 1e-12);
    }

    @Test
    void clippingScalesByLimitOverGlobalNorm() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // ‖(3, 4, 12)‖ = 13 across two arrays.
            double norm = GradientClip.globalNorm(
                    List.of(manager.create(new float[] {3, 4}), manager.create(new float[] {12})));
            assertEquals(13, norm, 1e-6);
            assertEquals(1.0 / 13, GradientClip.factor(norm, 1.0), 1e-6);
            assertEquals(1, GradientClip.factor(norm, 20), 0);
            assertEquals(1, GradientClip.factor(norm, 0), 0);
        }
    }

    @Test
    void adamWMatchesTwoStepsComputedByHand() {
        float[] start = {1f, -2f, 0.5f, 3f};
        float[][] grads = {{0.1f, -0.4f, 0f, 2f}, {-0.3f, 0.2f, 0.5f, 1f}};
        double lr = 0.01;
        double decay = 0.1;
        double clip = 0.5;
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray matrix = manager.create(start, new Shape(2, 2));
            NDArray vector = manager.create(start);
            Map<String, NDArray> parameters = Map.of("matrix", matrix, "vector", vector);
            try (AdamW adam = new AdamW(parameters, decay, manager)) {
                for (float[] g : grads) {
                    try (NDManager step = manager.newSubManager()) {
                        adam.update(
                                parameters,
                                Map.of("matrix", step.create(g, new Shape(2, 2)), "vector", step.create(g)),
                                lr,
                                clip,
                                step);
                    }
                }
            }
            assertArrayEquals(byHand(start, grads, lr, decay, clip), matrix.toFloatArray(), 1e-6f);
            // Vectors (norm scales, biases) are not decayed.
            assertArrayEquals(byHand(start, grads, lr, 0, clip), vector.toFloatArray(), 1e-6f);
        }
    }

    private static float[] byHand(float[] start, float[][] grads, double lr, double decay, double clip) {
        float[] p = start.clone();
        for (int i = 0; i < p.length; i++) {
            double m = 0;
            double v = 0;
            double value = p[i];
            for (int t = 1; t <= grads.length; t++) {
                double g = grads[t - 1][i] * clip;
                m = 0.9 * m + 0.1 * g;
                v = 0.999 * v + 0.001 * g * g;
                double mHat = m / (1 - Math.pow(0.9, t));
                double vHat = v / (1 - Math.pow(0.999, t));
                value = value * (1 - lr * decay) - lr * mHat / (Math.sqrt(vHat) + 1e-8);
            }
            p[i] = (float) value;
        }
        return p;
    }
}
