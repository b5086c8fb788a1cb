package io.github.siked.teacher;

import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.stage.StageRunner;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.openai.OpenaiConfig;
import io.github.siked.teacher.openai.OpenaiTeacher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The generation stage as a process of its own, for {@link KilledGenerationTest} to kill with
 * SIGKILL. Arguments: the fake server's endpoint, the folder holding problems.jsonl, the stage folder.
 */
public final class KilledGenerationMain {

    private KilledGenerationMain() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        OpenaiConfig openai = OpenaiConfig.defaults(args[0], "fake-model")
                .withApiKeyEnv(null)
                .withConcurrency(4)
                .withRequestTimeout(Duration.ofSeconds(5))
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20));
        GenerateTeacherStageConfig config = new GenerateTeacherStageConfig(
                "jsonl:problems.jsonl",
                0,
                List.of(Strategy.COT, Strategy.L2M),
                11,
                new TeacherAsking("fake-model", Sampling.siked(), 3, 1, 4, null),
                Path.of(args[2]),
                SandboxConfig.defaults());
        try (OpenaiTeacher teacher = new OpenaiTeacher(openai, EventListener.NONE)) {
            DatasetResolver datasets =
                    DatasetResolver.of(dir, true, EventListener.NONE).withBaseDir(dir);
            new StageRunner(EventListener.NONE)
                    .run(new GenerateTeacherStage(
                            config, datasets, teacher, GenerateTeacherStageTest.PROMPTS, EventListener.NONE));
        }
    }
}
