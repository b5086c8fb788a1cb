package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.engine.EngineCatalog;
import io.github.siked.engine.EngineSettings;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine as the plugin will find it: by name through the ServiceLoader, trained, then sampled. */
class DjlStudentEngineTest {

    @TempDir
    Path dir;

    @Test
    void isFoundTrainsAndSamplesWithTheFormatItWasTrainedWith() throws Exception {
        StudentEngine engine = EngineCatalog.on(getClass().getClassLoader()).choose(EngineSettings.defaults());
        assertEquals("djl-pytorch", engine.name());

        Path start = TinyStart.folder(dir.resolve("tiny"), TinyStart.LLAMA);
        List<Problem> problems = TinyStart.problems(6, 2);
        TrainConfig config =
                TinyStart.quickTraining().optFormat(StudentFormat.taskPrefix()).build();
        Path student = dir.resolve("student-0");
        engine.trainer().train(start, config, TinyStart.potExamples(6, 2), student, event -> {});
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
