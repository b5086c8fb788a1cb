package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.siked.djl.model.ConfigJson;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.HfExport;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.FloatTensor;
import io.github.siked.djl.safetensors.SafetensorsWriter;
import io.github.siked.student.LoraConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a trained LoRA adapter two ways: in PEFT's layout (adapter_config.json and
 * adapter_model.safetensors with PEFT's tensor names; A as (r, in), B as (out, r)), which
 * transformers and vLLM load next to the base model, and merged into the base weights in Hugging
 * Face layout, which needs nothing but the model directory.
 */
final class LoraExport {

    static final String CONFIG = "adapter_config.json";
    static final String WEIGHTS = "adapter_model.safetensors";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoraExport() {}

    /** The adapter's tensors under PEFT's names. */
    static Map<String, FloatTensor> peftTensors(LoraAdapter adapter, ModelConfig model) {
        Map<String, FloatTensor> tensors = new LinkedHashMap<>();
        for (int layer = 0; layer < model.dimensions().numLayers(); layer++) {
            for (LoraTarget target : adapter.targets(model)) {
                for (char matrix : new char[] {'A', 'B'}) {
                    NDArray array = adapter.parameters().get(LoraAdapter.key(layer, target.name(), matrix));
                    tensors.put(target.peftTensor(layer, matrix), tensor(array));
                }
            }
        }
        return tensors;
    }

    /** Writes adapter_config.json and adapter_model.safetensors into {@code directory}. */
    static void savePeft(LoraAdapter adapter, ModelConfig model, String baseModel, Path directory) throws IOException {
        Files.createDirectories(directory);
        SafetensorsWriter writer = new SafetensorsWriter().metadata("format", "pt");
        peftTensors(adapter, model).forEach((name, tensor) -> writer.add(name, tensor, DType.F32));
        writer.write(directory.resolve(WEIGHTS));
        LoraConfig lora = adapter.config();
        ObjectNode config = JSON.createObjectNode()
                .put("peft_type", "LORA")
                .put("task_type", "CAUSAL_LM")
                .put("base_model_name_or_path", baseModel)
                .put("r", lora.rank())
                .put("lora_alpha", lora.alpha())
                .put("lora_dropout", lora.dropout())
                .put("bias", "none")
                .put("fan_in_fan_out", false)
                .put("inference_mode", true);
        config.putArray("target_modules")
                .addAll(adapter.targets(model).stream()
                        .map(t -> config.textNode(t.peftModule()))
                        .toList());
        Path temporary = directory.resolve(CONFIG + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), config);
        Files.move(
                temporary,
                directory.resolve(CONFIG),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The base weights with (α/r)·B A added to each target, under Hugging Face names. */
    static Map<String, FloatTensor> mergedTensors(Decoder base, LoraAdapter adapter) {
        Map<String, FloatTensor> tensors = HfExport.tensors(base);
        ModelConfig model = base.config();
        try (NDManager step =
                adapter.parameters().values().iterator().next().getManager().newSubManager()) {
            for (int layer = 0; layer < model.dimensions().numLayers(); layer++) {
                for (LoraTarget target : adapter.targets(model)) {
                    String name = "model.layers." + layer + "." + target.module() + ".weight";
                    float[] values = tensors.get(name).values().clone();
                    float[] update = adapter.update(layer, target, step).toFloatArray();
                    for (int i = 0; i < values.length; i++) {
                        values[i] += update[i];
                    }
                    tensors.put(name, new FloatTensor(tensors.get(name).shape(), values));
                }
            }
        }
        return tensors;
    }

    /**
     * Writes config.json and the merged model.safetensors into {@code directory}: the merge is done
     * in float32, then each weight is rounded once to {@code dtype}.
     */
    static void saveMerged(Decoder base, LoraAdapter adapter, Path directory, DType dtype) throws IOException {
        Files.createDirectories(directory);
        SafetensorsWriter writer = new SafetensorsWriter().metadata("format", "pt");
        mergedTensors(base, adapter).forEach((name, tensor) -> writer.add(name, tensor, dtype));
        writer.write(directory.resolve("model.safetensors"));
        ConfigJson.write(base.config(), directory.resolve("config.json"), dtype);
    }

    static FloatTensor tensor(NDArray array) {
        return new FloatTensor(array.getShape().getShape(), array.toFloatArray());
    }
}
