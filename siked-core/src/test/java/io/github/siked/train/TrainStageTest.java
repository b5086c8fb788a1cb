package io.github.siked.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.record.Jsonl;
import io.github.siked.record.RecordFormatException;
import io.github.siked.stage.Outcome;
import io.github.siked.stage.StageRunner;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.RecordingEngine;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainingExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train stage around an engine that records what it was given. */
class TrainStageTest {

    @TempDir
    Path dir;

    private DatasetResolver datasets;
    private final RecordingEngine engine = new RecordingEngine();

    @BeforeEach
    void trainingDataAndStartModel() throws IOException {
        Files.writeString(dir.resolve("data.jsonl"), """
        {"id": "b", "strategy": "pot", "origin": "teacher", "iteration": 0, "index": 0, "text": "answer = 4", "gold": "4", "prediction": "4", "verdict": "correct", "correct": true}
        """);
        Files.createDirectories(dir.resolve("start"));
        Files.writeString(dir.resolve("start/config.json"), "{}");
        datasets = RecordingEngine.twoProblems(dir);
    }

    @Test
    void trainsOnTheSamplesWithTheirQuestionsThenSkipsAnUnchangedRerun() throws IOException {
        TrainStageConfig config = config();
        assertEquals(3, run(config).result().steps());
        assertEquals(List.of(new TrainingExample("b", "What is 2 + 2?", Strategy.POT, "answer = 4")), engine.trained);
        assertTrue(Files.readString(dir.resolve("student/manifest.json")).contains("\"weights.bin\""));

        Outcome<TrainSummary> again = run(config);
        assertTrue(again.skipped());
        assertEquals(3, again.result().steps(), "the steps are read back from the manifest");
        assertEquals(1, engine.trainings.get());
        Files.writeString(dir.resolve("start/config.json"), "{\"changed\": true}");
        run(config);
        assertEquals(2, engine.trainings.get(), "a changed start model trains again");
    }

    @Test
    void aChangedEngineSettingTrainsAgainAndAnUnchangedOneSkips() throws IOException {
        TrainStageConfig config = config();
        run(config);
        String manifest = Files.readString(dir.resolve("student/manifest.json"));
        assertEquals(
                "fp32",
                Jsonl.MAPPER
                        .readTree(manifest)
                        .at("/config/engine/settings/precision")
                        .asText(),
                manifest);
        assertTrue(run(config).skipped());
        assertEquals(1, engine.trainings.get());

        engine.settings.put("precision", "fp16");
        assertEquals(3, run(config).result().steps());
        assertEquals(2, engine.trainings.get(), "another precision trains again");
        engine.settings.put("device", "gpu(0)");
        run(config);
        assertEquals(3, engine.trainings.get(), "another device trains again");
        assertTrue(run(config).skipped());
        assertEquals(3, engine.trainings.get());
    }

    @Test
    void aSampleOfAnotherDatasetIsNamed() throws IOException {
        Files.writeString(dir.resolve("data.jsonl"), """
        {"id": "zz", "strategy": "pot", "origin": "teacher", "iteration": 0, "index": 0, "text": "answer = 4"}
        """);
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> run(config()));
        assertEquals(
                dir.resolve("data.jsonl") + ":1: sample id 'zz' is not in dataset jsonl:problems.jsonl: train on"
                        + " samples drawn from siked.train.dataset",
                e.getMessage());
    }

    private TrainStageConfig config() {
        return new TrainStageConfig(
                dir.resolve("data.jsonl"),
                "jsonl:problems.jsonl",
                dir.resolve("start"),
                dir.resolve("student"),
                TrainConfig.siked());
    }

    private Outcome<TrainSummary> run(TrainStageConfig config) throws IOException {
        return new StageRunner(EventListener.NONE).run(new TrainStage(config, datasets, engine, EventListener.NONE));
    }
}
