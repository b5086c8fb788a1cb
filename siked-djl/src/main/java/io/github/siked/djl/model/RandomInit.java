package io.github.siked.djl.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.github.siked.djl.safetensors.ModelFileException;
import java.util.Arrays;
import java.util.Random;

/**
 * Initial weights for a model trained from scratch: matrices drawn from N(0, 0.02²) as
 * transformers' {@code initializer_range} default, biases zero, norm scales one (zero for Gemma,
 * whose norms multiply by 1 + w). Drawn in Java in a fixed order, so a seed gives the same weights
 * on every machine and engine.
 */
public final class RandomInit {

    public static final double STD = 0.02;

    private RandomInit() {}

    public static DecoderWeights weights(ModelConfig config, long seed, NDManager manager) {
        return weights(config, seed, DataType.FLOAT32, manager);
    }

    /** The same draws stored as {@code type} (float16: each value rounded once). */
    public static DecoderWeights weights(ModelConfig config, long seed, DataType type, NDManager manager) {
        Random random = new Random(seed);
        float normValue = config.architecture().normAddsOne() ? 0f : 1f;
        try {
            return WeightLoader.assemble(
                    config,
                    (name, shape) -> {
                        int count = Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact));
                        float[] values = new float[count];
                        if (name.endsWith("norm.weight")) {
                            Arrays.fill(values, normValue);
                        } else if (!name.endsWith(".bias")) {
                            for (int i = 0; i < count; i++) {
                                values[i] = (float) (random.nextGaussian() * STD);
                            }
                        }
                        return values;
                    },
                    type,
                    manager);
        } catch (ModelFileException e) {
            throw new IllegalStateException("random initialisation reads no file", e);
        }
    }
}
