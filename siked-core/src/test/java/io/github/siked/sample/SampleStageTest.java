package io.github.siked.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.stage.Outcome;
import io.github.siked.stage.StageRunner;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.RecordingEngine;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.ShortSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample stage around an engine that records what it was given. */
class SampleStageTest {

    @TempDir
    Path dir;

    private DatasetResolver datasets;
    private final RecordingEngine engine = new RecordingEngine();

    @BeforeEach
    void student() throws IOException {
        Files.createDirectories(dir.resolve("student"));
        Files.writeString(dir.resolve("student/weights.bin"), "w");
        datasets = RecordingEngine.twoProblems(dir);
    }

    @Test
    void samplesOnePassPerForcedStrategy() throws IOException {
        SampleStageConfig config = config(List.of(Strategy.COT, Strategy.POT), 2, sampling(3));
        assertEquals(12, run(config).result().samples());
        List<String> lines = Files.readAllLines(dir.resolve("out/samples.jsonl"));
        assertTrue(
                lines.get(0).contains("\"strategy\":\"cot\"") && lines.get(11).contains("\"strategy\":\"pot\""),
                lines.toString());
        assertTrue(Files.exists(dir.resolve("out/samples.manifest.json")));
        Outcome<SampleSummary> again = run(config);
        assertTrue(again.skipped());
        assertEquals(12, again.result().samples(), "the count is read back from the manifest");
    }

    @Test
    void aChangedEngineSettingSamplesAgainAndAnUnchangedOneSkips() throws IOException {
        SampleConfig sampling = sampling(2);
        SampleStageConfig config = config(List.of(Strategy.POT), 1, sampling);
        assertEquals(4, run(config).result().samples());
        assertTrue(run(config).skipped());
        assertEquals(1, engine.samplings.get());

        engine.settings.put("device", "gpu(0)");
        assertEquals(4, run(config).result().samples());
        assertEquals(2, engine.samplings.get(), "another device samples again");
        engine.settings.remove("precision");
        run(config);
        assertEquals(3, engine.samplings.get(), "a setting the engine no longer reports samples again");
        assertTrue(run(config).skipped());
        assertEquals(3, engine.samplings.get());
    }

    private SampleStageConfig config(List<Strategy> forced, int iteration, SampleConfig sampling) {
        return new SampleStageConfig(
                dir.resolve("student"),
                "jsonl:problems.jsonl",
                0,
                forced,
                iteration,
                dir.resolve("out/samples.jsonl"),
                sampling);
    }

    private Outcome<SampleSummary> run(SampleStageConfig config) throws IOException {
        return new StageRunner(EventListener.NONE).run(new SampleStage(config, datasets, engine, EventListener.NONE));
    }

    /** k short outputs per problem at temperature 0.7, top-p 0.95, seed 1. */
    private static SampleConfig sampling(int k) {
        return ShortSamples.of(k).optSeed(1).optBatchSize(8).build();
    }
}
