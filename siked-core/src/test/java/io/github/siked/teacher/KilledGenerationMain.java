package io.github.siked.teacher;

import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.openai.OpenaiConfig;
import io.github.siked.teacher.openai.OpenaiTeacher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The generation stage as a process of its own, for {@link KilledGenerationTest} to kill with
 * SIGKILL. Arguments: the fake server's endpoint, the folder holding problems.jsonl, the stage folder.
 */
public final class KilledGenerationMain {

    private KilledGenerationMain() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[1]);
        OpenaiConfig openai = OpenaiConfig.defaults(args[0], "fake-model")
                .withApiKeyEnv(null)
                .withConcurrency(4)
                .withRequestTimeout(Duration.ofSeconds(5))
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20));
        GenerateTeacherConfig config = new GenerateTeacherConfig(
                "jsonl:problems.jsonl",
                0,
                List.of(Strategy.COT, Strategy.L2M),
                3,
                1,
                11,
                4,
                "fake-model",
                Sampling.siked(),
                Path.of(args[2]),
                null,
                SandboxConfig.defaults());
        try (OpenaiTeacher teacher = new OpenaiTeacher(openai, EventListener.NONE)) {
            new GenerateTeacherStage(EventListener.NONE)
                    .run(
                            config,
                            DatasetResolver.of(dir, true, EventListener.NONE).withBaseDir(dir),
                            teacher,
                            GenerateTeacherStageTest.PROMPTS);
        }
    }
}
