package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.FloatTensor;
import io.github.siked.djl.safetensors.SafetensorsWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a decoder back in Hugging Face layout: config.json and model.safetensors with
 * transformers' parameter names, the fused q/k/v and gate/up matrices split back into rows.
 */
public final class HfExport {

    private HfExport() {}

    /** Every parameter under its Hugging Face name (no lm_head when tied). */
    public static Map<String, FloatTensor> tensors(Decoder decoder) {
        ModelConfig config = decoder.config();
        DecoderWeights weights = decoder.weights();
        long queryRows =
                (long) config.attention().numHeads() * config.attention().headDim();
        long kvRows =
                (long) config.attention().numKvHeads() * config.attention().headDim();
        long inter = config.dimensions().intermediateSize();
        Map<String, FloatTensor> out = new LinkedHashMap<>();
        out.put(HfNames.EMBEDDING, tensor(weights.embedding()));
        for (int i = 0; i < config.dimensions().numLayers(); i++) {
            LayerWeights layer = weights.layers().get(i);
            out.put(HfNames.layer(i, "input_layernorm.weight"), tensor(layer.inputNorm()));
            List<FloatTensor> qkv = splitRows(tensor(layer.qkv()), queryRows, kvRows, kvRows);
            out.put(HfNames.attention(i, "q", "weight"), qkv.get(0));
            out.put(HfNames.attention(i, "k", "weight"), qkv.get(1));
            out.put(HfNames.attention(i, "v", "weight"), qkv.get(2));
            if (layer.qkvBias() != null) {
                List<FloatTensor> bias = splitRows(tensor(layer.qkvBias()), queryRows, kvRows, kvRows);
                out.put(HfNames.attention(i, "q", "bias"), bias.get(0));
                out.put(HfNames.attention(i, "k", "bias"), bias.get(1));
                out.put(HfNames.attention(i, "v", "bias"), bias.get(2));
            }
            out.put(HfNames.attention(i, "o", "weight"), tensor(layer.output()));
            out.put(HfNames.layer(i, "post_attention_layernorm.weight"), tensor(layer.postNorm()));
            List<FloatTensor> gateUp = splitRows(tensor(layer.gateUp()), inter, inter);
            out.put(HfNames.mlp(i, "gate"), gateUp.get(0));
            out.put(HfNames.mlp(i, "up"), gateUp.get(1));
            out.put(HfNames.mlp(i, "down"), tensor(layer.down()));
        }
        out.put(HfNames.FINAL_NORM, tensor(weights.finalNorm()));
        if (weights.lmHead() != null) {
            out.put(HfNames.LM_HEAD, tensor(weights.lmHead()));
        }
        return out;
    }

    /** Writes config.json and model.safetensors (weights stored as {@code dtype}) to {@code directory}. */
    public static void save(Decoder decoder, Path directory, DType dtype) throws IOException {
        Files.createDirectories(directory);
        SafetensorsWriter writer = new SafetensorsWriter().metadata("format", "pt");
        tensors(decoder).forEach((name, tensor) -> writer.add(name, tensor, dtype));
        writer.write(directory.resolve("model.safetensors"));
        ConfigJson.write(decoder.config(), directory.resolve("config.json"), dtype);
    }

    private static FloatTensor tensor(NDArray array) {
        if (array.getDataType() == DataType.FLOAT32) {
            return new FloatTensor(array.getShape().getShape(), array.toFloatArray());
        }
        // A float16 decoder's weights, widened in a scope of their own (exactly: float32 holds every half).
        try (NDManager scope = array.getManager().newSubManager()) {
            NDArray wide = array.toType(DataType.FLOAT32, true);
            wide.attach(scope);
            return new FloatTensor(array.getShape().getShape(), wide.toFloatArray());
        }
    }

    /** Splits a (rows, ...) tensor into consecutive blocks of the given row counts. */
    private static List<FloatTensor> splitRows(FloatTensor tensor, long... rows) {
        long[] shape = tensor.shape();
        int rowSize = (int) (tensor.values().length / shape[0]);
        FloatTensor[] parts = new FloatTensor[rows.length];
        int start = 0;
        for (int p = 0; p < rows.length; p++) {
            long[] partShape = shape.clone();
            partShape[0] = rows[p];
            int end = start + (int) rows[p] * rowSize;
            parts[p] = new FloatTensor(partShape, Arrays.copyOfRange(tensor.values(), start, end));
            start = end;
        }
        return List.of(parts);
    }
}
