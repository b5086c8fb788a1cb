package io.github.siked.djl.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @TempDir
    Path dir;

    @Test
    void readsShardsThroughTheIndex() throws Exception {
        new SafetensorsWriter()
                .add("a", new FloatTensor(new long[] {2}, new float[] {1, 2}), DType.BF16)
                .write(dir.resolve("model-00001-of-00002.safetensors"));
        new SafetensorsWriter()
                .add("b", new FloatTensor(new long[] {1, 2}, new float[] {3, 4}), DType.F16)
                .add("c", new FloatTensor(new long[] {1}, new float[] {5}), DType.F32)
                .write(dir.resolve("model-00002-of-00002.safetensors"));
        Files.writeString(dir.resolve(Checkpoint.INDEX_FILE), """
        {"metadata": {"total_size": 14},
         "weight_map": {"a": "model-00001-of-00002.safetensors",
                        "b": "model-00002-of-00002.safetensors",
                        "c": "model-00002-of-00002.safetensors"}}""");

        Checkpoint checkpoint = Checkpoint.open(dir);
        assertEquals(Set.of("a", "b", "c"), checkpoint.names());
        assertArrayEquals(new float[] {1, 2}, checkpoint.read("a").values());
        assertArrayEquals(new long[] {1, 2}, checkpoint.read("b").shape());
        assertArrayEquals(new float[] {5}, checkpoint.read("c").values());
        assertEquals(dir.resolve("model-00002-of-00002.safetensors"), checkpoint.fileOf("b"));
    }

    @Test
    void theStoredTypeIsTheOneHoldingMostElementsAndTheWiderOnATie() throws Exception {
        new SafetensorsWriter()
                .add("norm", new FloatTensor(new long[] {4}, new float[4]), DType.F32)
                .add("w", new FloatTensor(new long[] {2, 3}, new float[6]), DType.BF16)
                .write(dir.resolve(Checkpoint.SINGLE_FILE));
        assertEquals(DType.BF16, Checkpoint.open(dir).storedType());
        new SafetensorsWriter()
                .add("norm", new FloatTensor(new long[] {3}, new float[3]), DType.F32)
                .add("w", new FloatTensor(new long[] {3}, new float[3]), DType.F16)
                .write(dir.resolve(Checkpoint.SINGLE_FILE));
        assertEquals(DType.F32, Checkpoint.open(dir).storedType());
    }

    @Test
    void indexNamingAMissingShard() throws Exception {
        Path index = dir.resolve(Checkpoint.INDEX_FILE);
        Files.writeString(index, "{\"weight_map\": {\"a\": \"gone.safetensors\"}}");
        ModelFileException e = assertThrows(ModelFileException.class, () -> Checkpoint.open(dir));
        assertEquals(index + ": names shard gone.safetensors for a, but that file is missing", e.getMessage());
    }

    @Test
    void directoryWithoutWeights() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> Checkpoint.open(dir));
        assertEquals(
                dir + ": holds neither model.safetensors nor model.safetensors.index.json:"
                        + " point it at a Hugging Face model directory with safetensors weights",
                e.getMessage());
    }
}
