package io.github.siked.djl.model;

import static io.github.siked.djl.model.ReferenceLogitsTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.safetensors.Checkpoint;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.FloatTensor;
import io.github.siked.djl.safetensors.ModelFileException;
import io.github.siked.djl.safetensors.SafetensorsWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightLoaderTest {

    @TempDir
    Path dir;

    @Test
    void exportThenLoadGivesTheSameModel() throws Exception {
        ModelConfig config = ModelConfig.tiny(Architecture.QWEN2, 128, 64, 128, 2, 4, 2);
        try (NDManager manager = NDManager.newBaseManager();
                Decoder original = Decoder.random(config, 3, manager)) {
            HfExport.save(original, dir, DType.F32);
            try (Decoder loaded = Decoder.load(dir, manager)) {
                assertEquals(config, loaded.config());
                TokenBatch batch = TokenBatch.leftPadded(KvCacheTest.randomSequences(new Random(1), 5, 3), 0);
                assertClose(
                        original.logits(batch.toArray(manager), batch.leftPadding())
                                .toFloatArray(),
                        loaded.logits(batch.toArray(manager), batch.leftPadding())
                                .toFloatArray(),
                        "reloaded");
            }
        }
    }

    @Test
    void exportKeepsHuggingFaceNamesAndValues() throws Exception {
        Path reference = ReferenceLogitsTest.Reference.load("llama").directory();
        Checkpoint checkpoint = Checkpoint.open(reference);
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.load(reference, manager)) {
            Map<String, FloatTensor> exported = HfExport.tensors(decoder);
            assertEquals(checkpoint.names(), exported.keySet());
            for (String name : checkpoint.names()) {
                assertEquals(checkpoint.read(name), exported.get(name), name);
            }
        }
    }

    @Test
    void seededInitialisationRepeats() {
        ModelConfig config = ModelConfig.tiny(Architecture.GEMMA, 64, 32, 64, 1, 2, 1);
        try (NDManager manager = NDManager.newBaseManager();
                Decoder first = Decoder.random(config, 42, manager);
                Decoder second = Decoder.random(config, 42, manager);
                Decoder other = Decoder.random(config, 43, manager)) {
            float[] a = first.weights().layers().get(0).qkv().toFloatArray();
            assertArrayEquals(a, second.weights().layers().get(0).qkv().toFloatArray());
            assertEquals(
                    false,
                    java.util.Arrays.equals(
                            a, other.weights().layers().get(0).qkv().toFloatArray()));
            assertEquals(
                    config.parameters(),
                    first.weights().parameters().values().stream()
                            .mapToLong(array -> array.getShape().size())
                            .sum());
        }
    }

    @Test
    void missingTensorIsNamed() throws Exception {
        Map<String, FloatTensor> tensors = exportTiny();
        tensors.remove("model.layers.1.mlp.up_proj.weight");
        write(tensors);
        ModelFileException e = assertThrows(ModelFileException.class, () -> load());
        assertEquals(
                dir + ": missing tensor model.layers.1.mlp.up_proj.weight: config.json describes"
                        + " a model that needs it; is this the right directory?",
                e.getMessage());
    }

    @Test
    void misshapedTensorIsNamed() throws Exception {
        Map<String, FloatTensor> tensors = exportTiny();
        tensors.put("model.layers.0.self_attn.k_proj.weight", new FloatTensor(new long[] {8, 32}, new float[8 * 32]));
        write(tensors);
        ModelFileException e = assertThrows(ModelFileException.class, () -> load());
        assertEquals(
                dir.resolve("model.safetensors") + ": tensor model.layers.0.self_attn.k_proj.weight"
                        + " has shape [8, 32] but config.json implies [16, 32]",
                e.getMessage());
    }

    private Map<String, FloatTensor> exportTiny() throws Exception {
        ModelConfig config = ModelConfig.tiny(Architecture.LLAMA, 64, 32, 64, 2, 4, 2);
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(config, 1, manager)) {
            HfExport.save(decoder, dir, DType.F32);
            return new java.util.LinkedHashMap<>(HfExport.tensors(decoder));
        }
    }

    private void write(Map<String, FloatTensor> tensors) throws Exception {
        SafetensorsWriter writer = new SafetensorsWriter();
        tensors.forEach((name, tensor) -> writer.add(name, tensor, DType.BF16));
        writer.write(dir.resolve("model.safetensors"));
    }

    private void load() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder.load(dir, manager).close();
        }
    }
}
