package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.siked.djl.safetensors.Checkpoint;
import io.github.siked.djl.safetensors.FloatTensor;
import io.github.siked.djl.safetensors.ModelFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds {@link DecoderWeights} from tensors named as in Hugging Face checkpoints, fusing q, k, v
 * and gate, up in Java (appending row-major (out, in) matrices is concatenating their rows).
 */
public final class WeightLoader {

    /** Where tensors come from: a checkpoint, or a random initialiser. */
    @FunctionalInterface
    interface TensorSource {
        /** The values of tensor {@code name}, which must have {@code shape}. */
        float[] values(String name, long... shape) throws ModelFileException;
    }

    private WeightLoader() {}

    /** Loads every tensor {@code config} needs from {@code checkpoint}, checking names and shapes. */
    public static DecoderWeights load(Checkpoint checkpoint, ModelConfig config, NDManager manager)
            throws ModelFileException {
        return load(checkpoint, config, DataType.FLOAT32, manager);
    }

    /** As {@link #load(Checkpoint, ModelConfig, NDManager)}, the arrays stored as {@code type}. */
    public static DecoderWeights load(Checkpoint checkpoint, ModelConfig config, DataType type, NDManager manager)
            throws ModelFileException {
        return assemble(config, (name, shape) -> read(checkpoint, name, shape), type, manager);
    }

    /**
     * The weights from {@code source}, as float32 or float16 arrays ({@code type}); float16 is each
     * float32 tensor rounded once, made one tensor at a time so the float32 copies never pile up.
     */
    static DecoderWeights assemble(ModelConfig config, TensorSource source, DataType type, NDManager manager)
            throws ModelFileException {
        if (type != DataType.FLOAT32 && type != DataType.FLOAT16) {
            throw new IllegalArgumentException(
                    "weights are float32 or float16, not " + type + " (bfloat16 arrays end the JVM in DJL 0.35.1)");
        }
        Creator create = (values, shape) -> {
            NDArray wide = manager.create(values, new Shape(shape));
            if (type == DataType.FLOAT32) {
                return wide;
            }
            NDArray narrow = wide.toType(type, false);
            wide.close();
            return narrow;
        };
        ModelConfig.Attention attention = config.attention();
        long vocab = config.vocabulary().size();
        long hidden = config.dimensions().hiddenSize();
        long queryWidth = (long) attention.numHeads() * attention.headDim();
        long kvWidth = (long) attention.numKvHeads() * attention.headDim();
        long inter = config.dimensions().intermediateSize();
        NDArray embedding = create.of(source.values(HfNames.EMBEDDING, vocab, hidden), vocab, hidden);
        List<LayerWeights> layers = new ArrayList<>();
        for (int i = 0; i < config.dimensions().numLayers(); i++) {
            float[] qkv = concat(
                    source.values(HfNames.attention(i, "q", "weight"), queryWidth, hidden),
                    source.values(HfNames.attention(i, "k", "weight"), kvWidth, hidden),
                    source.values(HfNames.attention(i, "v", "weight"), kvWidth, hidden));
            NDArray bias = null;
            if (attention.bias()) {
                bias = create.of(
                        concat(
                                source.values(HfNames.attention(i, "q", "bias"), queryWidth),
                                source.values(HfNames.attention(i, "k", "bias"), kvWidth),
                                source.values(HfNames.attention(i, "v", "bias"), kvWidth)),
                        attention.qkvSize());
            }
            float[] gateUp = concat(
                    source.values(HfNames.mlp(i, "gate"), inter, hidden),
                    source.values(HfNames.mlp(i, "up"), inter, hidden));
            layers.add(new LayerWeights(
                    create.of(source.values(HfNames.layer(i, "input_layernorm.weight"), hidden), hidden),
                    create.of(qkv, attention.qkvSize(), hidden),
                    bias,
                    create.of(
                            source.values(HfNames.attention(i, "o", "weight"), hidden, queryWidth), hidden, queryWidth),
                    create.of(source.values(HfNames.layer(i, "post_attention_layernorm.weight"), hidden), hidden),
                    create.of(gateUp, 2 * inter, hidden),
                    create.of(source.values(HfNames.mlp(i, "down"), hidden, inter), hidden, inter)));
        }
        NDArray finalNorm = create.of(source.values(HfNames.FINAL_NORM, hidden), hidden);
        NDArray lmHead = config.vocabulary().tieWordEmbeddings()
                ? null
                : create.of(source.values(HfNames.LM_HEAD, vocab, hidden), vocab, hidden);
        return new DecoderWeights(embedding, layers, finalNorm, lmHead);
    }

    private static float[] read(Checkpoint checkpoint, String name, long... shape) throws ModelFileException {
        Path file = checkpoint.fileOf(name);
        if (file == null) {
            throw new ModelFileException(
                    checkpoint.directory(),
                    "missing tensor " + name
                            + ": config.json describes a model that needs it; is this the right directory?");
        }
        long[] stored = checkpoint.entry(name).shape();
        if (!Arrays.equals(stored, shape)) {
            throw new ModelFileException(
                    file,
                    "tensor " + name + " has shape " + Arrays.toString(stored) + " but config.json implies "
                            + Arrays.toString(shape));
        }
        try {
            FloatTensor tensor = checkpoint.read(name);
            return tensor.values();
        } catch (ModelFileException e) {
            throw new ModelFileException(e.file(), "cannot read tensor " + name + ": " + e.getMessage(), e);
        }
    }

    /** Makes one weight array; create(float[]) copies into native memory the array owns. */
    @FunctionalInterface
    private interface Creator {
        NDArray of(float[] values, long... shape);
    }

    private static float[] concat(float[]... parts) {
        int length = 0;
        for (float[] part : parts) {
            length += part.length;
        }
        float[] all = new float[length];
        int offset = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
