package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.siked.djl.model.Adapter;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.safetensors.SafetensorsReader;
import io.github.siked.student.LoraConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LoRA on the fused decoder: start state, merge, PEFT layout, frozen base. */
class LoraTest {

    /** Llama-shaped with grouped-query attention, so k and v are narrower than q. */
    static final ModelConfig LLAMA = ModelConfig.tiny(Architecture.LLAMA, 40, 32, 48, 2, 4, 2);

    @TempDir
    Path directory;

    @Test
    void zeroBReproducesTheBaseLogits() {
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(LLAMA, 1, manager);
                LoraAdapter lora =
                        new LoraAdapter(LLAMA, new LoraConfig(4, 8, 0, LoraConfig.ALL_TARGETS), 2, manager)) {
            assertArrayEquals(logits(decoder, Adapter.NONE, manager), logits(decoder, lora, manager), 1e-6f);
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void mergedWeightsGiveTheLogitsOfBasePlusAdapter(Architecture architecture) throws Exception {
        ModelConfig model = ModelConfig.tiny(architecture, 40, 32, 48, 2, 4, 2);
        // k and gate left out: their fused blocks must stay untouched.
        LoraConfig config = new LoraConfig(4, 8, 0, List.of("q", "v", "o", "up", "down"));
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(model, 1, manager);
                LoraAdapter lora = new LoraAdapter(model, config, 2, manager)) {
            randomizeB(lora);
            float[] adapted = logits(decoder, lora, manager);
            assertTrue(
                    maxDifference(adapted, logits(decoder, Adapter.NONE, manager)) > 1e-3,
                    "the adapter changed nothing");
            LoraExport.saveMerged(decoder, lora, directory, io.github.siked.djl.safetensors.DType.F32);
            try (Decoder merged = Decoder.load(directory, manager)) {
                assertTrue(maxDifference(adapted, logits(merged, Adapter.NONE, manager)) < 1e-4);
            }
        }
    }

    @Test
    void peftExportHasPeftNamesShapesAndConfig() throws Exception {
        try (NDManager manager = NDManager.newBaseManager();
                LoraAdapter lora = new LoraAdapter(LLAMA, LoraConfig.siked(), 2, manager)) {
            LoraExport.savePeft(lora, LLAMA, "HuggingFaceTB/SmolLM-135M", directory);
            SafetensorsReader reader = SafetensorsReader.open(directory.resolve(LoraExport.WEIGHTS));
            Map<String, long[]> expected = new LinkedHashMap<>();
            for (int layer = 0; layer < 2; layer++) {
                String prefix = "base_model.model.model.layers." + layer + ".";
                // (out, in) of each projection: q 32×32, k/v 16×32 (2 kv heads of 8), o 32×32, MLP 48/32.
                long[][] shapes = {{32, 32}, {16, 32}, {16, 32}, {32, 32}, {48, 32}, {48, 32}, {32, 48}};
                String[] modules = {
                    "self_attn.q_proj",
                    "self_attn.k_proj",
                    "self_attn.v_proj",
                    "self_attn.o_proj",
                    "mlp.gate_proj",
                    "mlp.up_proj",
                    "mlp.down_proj"
                };
                for (int i = 0; i < modules.length; i++) {
                    expected.put(prefix + modules[i] + ".lora_A.weight", new long[] {16, shapes[i][1]});
                    expected.put(prefix + modules[i] + ".lora_B.weight", new long[] {shapes[i][0], 16});
                }
            }
            assertEquals(expected.keySet(), reader.names());
            expected.forEach(
                    (name, shape) -> assertArrayEquals(shape, reader.entry(name).shape(), name));
            JsonNode config = new ObjectMapper()
                    .readTree(directory.resolve(LoraExport.CONFIG).toFile());
            assertEquals("LORA", config.get("peft_type").asText());
            assertEquals("CAUSAL_LM", config.get("task_type").asText());
            assertEquals("none", config.get("bias").asText());
            assertEquals(16, config.get("r").asInt());
            assertEquals(32.0, config.get("lora_alpha").asDouble());
            assertEquals(0.05, config.get("lora_dropout").asDouble());
            assertEquals(
                    "HuggingFaceTB/SmolLM-135M",
                    config.get("base_model_name_or_path").asText());
            assertEquals(
                    "[\"q_proj\",\"k_proj\",\"v_proj\",\"o_proj\",\"gate_proj\",\"up_proj\",\"down_proj\"]",
                    config.get("target_modules").toString());
        }
    }

    /** A packed batch: two rows, the first holding two examples, the second one and padding. */
    static float[] logits(Decoder decoder, Adapter adapter, NDManager manager) {
        int[][] positions = {{0, 1, 2, 3, 4, 0, 1, 2}, {0, 1, 2, 3, 4, 5, 0, 0}};
        int[][] segments = {{1, 1, 1, 1, 1, 2, 2, 2}, {1, 1, 1, 1, 1, 1, 0, 0}};
        long[] ids =
                new Random(5).longs(16, 1, decoder.config().vocabulary().size()).toArray();
        try (NDManager step = manager.newSubManager()) {
            NDArray tokens = step.create(ids, new Shape(2, 8));
            return decoder.packedLogits(tokens, positions, segments, adapter).toFloatArray();
        }
    }

    static void randomizeB(LoraAdapter lora) {
        Random random = new Random(9);
        lora.parameters().forEach((name, p) -> {
            if (name.endsWith(".B")) {
                float[] values = new float[Math.toIntExact(p.size())];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) random.nextGaussian() * 0.05f;
                }
                p.set(values);
            }
        });
    }

    static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
