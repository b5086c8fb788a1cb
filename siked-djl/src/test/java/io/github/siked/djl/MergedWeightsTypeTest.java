package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import io.github.siked.djl.safetensors.Checkpoint;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.SafetensorsReader;
import io.github.siked.djl.safetensors.SafetensorsWriter;
import io.github.siked.event.EventListener;
import io.github.siked.student.LoraConfig;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainingExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A trained student is written in its start checkpoint's element type: a LoRA merge into an fp16
 * or bf16 Hugging Face model stays fp16 or bf16, each weight the float32 merge rounded once; a
 * from-scratch student is float32.
 */
class MergedWeightsTypeTest {

    private static final DjlOptions CPU = new DjlOptions(DeviceChoice.CPU, Precision.AUTO, 0, 100);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(
            value = DType.class,
            names = {"F16", "BF16"})
    void aLoraMergeKeepsTheStartTypeAndRoundsTheFloat32Merge(DType type) throws IOException {
        Path fixture = HfModelFixture.write(dir.resolve("fixture"), 104, false);
        // Two starts with the same values: one stored as `type`, its exact float32 widening beside it.
        Path half = copyWithWeights(fixture, dir.resolve("half"), type);
        Path wide = copyWithWeights(half, dir.resolve("wide"), DType.F32);

        TrainConfig lora = TrainConfig.builder()
                .optEpochs(2)
                .optLearningRate(2e-2)
                .optWarmupRatio(0.0)
                .optBatchSize(1)
                .optMaxLength(256)
                .optSeed(5)
                .optLora(new LoraConfig(4, 8, 0, LoraConfig.ALL_TARGETS))
                .build();
        new DjlStudentEngine(CPU).trainer().train(half, lora, examples(), dir.resolve("from-half"), EventListener.NONE);
        new DjlStudentEngine(CPU).trainer().train(wide, lora, examples(), dir.resolve("from-wide"), EventListener.NONE);

        SafetensorsReader merged = SafetensorsReader.open(dir.resolve("from-half/model.safetensors"));
        SafetensorsReader reference = SafetensorsReader.open(dir.resolve("from-wide/model.safetensors"));
        assertEquals(reference.names(), merged.names());
        // The same reference weights, rounded to `type` by the writer, then widened again.
        SafetensorsWriter rounded = new SafetensorsWriter();
        for (String name : reference.names()) {
            assertEquals(type, merged.entry(name).dtype(), name);
            assertEquals(DType.F32, reference.entry(name).dtype(), name);
            rounded.add(name, reference.read(name), type);
        }
        rounded.write(dir.resolve("rounded.safetensors"));
        SafetensorsReader expected = SafetensorsReader.open(dir.resolve("rounded.safetensors"));
        for (String name : reference.names()) {
            assertArrayEquals(expected.read(name).values(), merged.read(name).values(), name);
        }
        // Training moved the merged weights off the start's, so the comparison covers the update.
        String query = "model.layers.0.self_attn.q_proj.weight";
        assertNotEquals(Checkpoint.open(half).read(query), merged.read(query));
        assertEquals(type == DType.F16 ? "float16" : "bfloat16", torchDtype(dir.resolve("from-half")));
        assertEquals("float32", torchDtype(dir.resolve("from-wide")));
    }

    @Test
    void fullFineTuningOfAHalfModelKeepsItsTypeAndAFromScratchStudentIsFloat32() throws IOException {
        TrainConfig full = TinyStart.quickTraining()
                .optBatchSize(2)
                .optMaxLength(256)
                .optSeed(5)
                .build();
        Path half = copyWithWeights(
                HfModelFixture.write(dir.resolve("fixture"), 104, false), dir.resolve("half"), DType.BF16);
        new DjlStudentEngine(CPU).trainer().train(half, full, examples(), dir.resolve("full"), EventListener.NONE);
        assertEquals(DType.BF16, Checkpoint.open(dir.resolve("full")).storedType());
        assertEquals("bfloat16", torchDtype(dir.resolve("full")));

        Path scratch = TinyStart.folder(dir.resolve("scratch"), TinyStart.LLAMA);
        new DjlStudentEngine(CPU)
                .trainer()
                .train(scratch, full, examples(), dir.resolve("student"), EventListener.NONE);
        SafetensorsReader written = SafetensorsReader.open(dir.resolve("student/model.safetensors"));
        for (String name : written.names()) {
            assertEquals(DType.F32, written.entry(name).dtype(), name);
        }
        assertEquals("float32", torchDtype(dir.resolve("student")));
    }

    private static List<TrainingExample> examples() {
        return TinyStart.potExamples(4, 2);
    }

    /** A copy of a model folder with its weights stored as {@code type}. */
    private static Path copyWithWeights(Path from, Path to, DType type) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(Checkpoint.SINGLE_FILE))
                    .toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        SafetensorsReader weights = SafetensorsReader.open(from.resolve(Checkpoint.SINGLE_FILE));
        SafetensorsWriter writer = new SafetensorsWriter().metadata("format", "pt");
        for (String name : weights.names()) {
            writer.add(name, weights.read(name), type);
        }
        writer.write(to.resolve(Checkpoint.SINGLE_FILE));
        return to;
    }

    private static String torchDtype(Path model) throws IOException {
        return new ObjectMapper()
                .readTree(model.resolve("config.json").toFile())
                .path("torch_dtype")
                .asText();
    }
}
