package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.ConfigJson;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.StudentFormatFile;
import io.github.siked.student.StudentSampler;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainingExample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine as the plugin will find it: through the ServiceLoader, trained, then sampled. */
class DjlStudentEngineTest {

    @TempDir
    Path dir;

    @Test
    void isFoundTrainsAndSamplesWithTheFormatItWasTrainedWith() throws Exception {
        StudentEngine engine =
                ServiceLoader.load(StudentEngine.class).findFirst().orElseThrow();
        assertEquals("djl-pytorch", engine.name());

        Path start = Files.createDirectories(dir.resolve("tiny"));
        ConfigJson.write(ModelConfig.tiny(Architecture.LLAMA, 1, 32, 64, 1, 4, 2), start.resolve("config.json"));
        List<TrainingExample> examples = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String question = "Ann has " + i + " cards and buys 2.";
            examples.add(new TrainingExample("q" + i, question, Strategy.POT, "answer = " + i + " + 2"));
            problems.add(new Problem("q" + i, question, String.valueOf(i + 2)));
        }
        TrainConfig config = TrainConfig.builder()
                .optFormat(StudentFormat.taskPrefix())
                .optEpochs(1)
                .optLearningRate(1e-3)
                .optWarmupRatio(0.0)
                .optBatchSize(4)
                .optMaxLength(128)
                .optSeed(3)
                .optFullFineTuning()
                .build();
        Path student = dir.resolve("student-0");
        engine.trainer().train(start, config, examples, student, event -> {});
        assertEquals(StudentFormat.taskPrefix(), StudentFormatFile.load(student));

        try (StudentSampler sampler = engine.sampler(student, 2)) {
            List<Sample> samples =
                    sampler.sample(SampleConfig.greedy(), problems, Optional.of(Strategy.POT), event -> {});
            assertEquals(problems.size(), samples.size());
            assertTrue(
                    samples.stream()
                            .allMatch(s ->
                                    s.origin() == Origin.STUDENT && s.iteration() == 2 && s.strategy() == Strategy.POT),
                    samples.toString());
        }
    }
}
