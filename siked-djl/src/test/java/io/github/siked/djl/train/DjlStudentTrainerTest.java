package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.TinyStart;
import io.github.siked.djl.model.Decoder;
import io.github.siked.event.Event;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.LoraConfig;
import io.github.siked.student.Schedule;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainResult;
import io.github.siked.student.TrainingExample;
import io.github.siked.student.WordTokenizerFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's trainer: from scratch, then a LoRA iteration on the student it wrote. */
class DjlStudentTrainerTest {

    @TempDir
    Path directory;

    @Test
    void trainsFromScratchThenContinuesWithLora() throws Exception {
        Path start = TinyStart.folder(directory.resolve("tiny"), TinyStart.LLAMA);
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            examples.add(new TrainingExample(
                    "q" + i,
                    "Ann has " + i + " cards and buys 2.",
                    Strategy.values()[i % 3],
                    "Ann has " + i + " + 2 = " + (i + 2) + " cards.\nFinal Answer: " + (i + 2)));
        }
        List<String> log = new ArrayList<>();
        TrainConfig full = TrainConfig.builder()
                .optEpochs(2)
                .optLearningRate(1e-3)
                .optWarmupRatio(0.1)
                .optBatchSize(4)
                .optMaxLength(128)
                .optSeed(5)
                .optFullFineTuning()
                .optLossWeights(Map.of(Strategy.POT, 2.0))
                .build();
        Path first = directory.resolve("student-0");
        TrainResult result = new DjlStudentTrainer(1, 1)
                .train(
                        start,
                        full,
                        examples,
                        first,
                        event -> log.add(event instanceof Event.Info info ? info.message() : event.toString()));
        assertTrue(result.steps() > 0 && Double.isFinite(result.finalLoss()), result.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("step " + result.steps() + "/")), log.toString());
        assertFalse(Files.exists(first.resolve("checkpoint")), "the checkpoint outlived the run");
        int vocabulary = WordTokenizerFile.load(first).vocabularySize();

        TrainConfig lora = TrainConfig.builder()
                .optEpochs(1)
                .optLearningRate(1e-3)
                .optSchedule(Schedule.COSINE)
                .optWarmupRatio(0.0)
                .optBatchSize(4)
                .optGradientAccumulation(2)
                .optMaxLength(128)
                .optSeed(6)
                .optLora(new LoraConfig(2, 4, 0.05, List.of("q", "v")))
                .build();
        Path second = directory.resolve("student-1");
        new DjlStudentTrainer(0, 10).train(first, lora, examples, second, event -> {});
        assertTrue(Files.exists(second.resolve("adapter").resolve(LoraExport.CONFIG)));
        assertTrue(Files.exists(second.resolve("adapter").resolve(LoraExport.WEIGHTS)));
        try (NDManager manager = NDManager.newBaseManager();
                Decoder merged = Decoder.load(second, manager)) {
            assertEquals(vocabulary, merged.config().vocabulary().size());
        }
    }
}
