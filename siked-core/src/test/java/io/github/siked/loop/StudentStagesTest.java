package io.github.siked.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.StudentSampler;
import io.github.siked.student.StudentTrainer;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainResult;
import io.github.siked.student.TrainingExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train and sample stages around an engine that records what it was given. */
class StudentStagesTest {

    @TempDir
    Path dir;

    private DatasetResolver datasets;
    private final List<TrainingExample> trained = new ArrayList<>();
    private final AtomicInteger trainings = new AtomicInteger();
    private final AtomicInteger samplings = new AtomicInteger();
    /** What the engine reports as its settings; a test changes it between runs. */
    private final Map<String, String> engineSettings = new TreeMap<>(Map.of("device", "cpu", "precision", "fp32"));

    /** Writes a one-file "model"; samples answer "Final Answer: <index>" under the forced tag. */
    private final StudentEngine engine = new StudentEngine() {
        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Map<String, String> settings() {
            return Map.copyOf(engineSettings);
        }

        @Override
        public StudentTrainer trainer() {
            return (start, config, examples, outputDir, events) -> {
                trainings.incrementAndGet();
                trained.addAll(examples);
                Files.createDirectories(outputDir);
                Files.writeString(outputDir.resolve("weights.bin"), "w" + examples.size());
                return new TrainResult(outputDir, 3, 100, 0.5, Duration.ofSeconds(1), 0, 0);
            };
        }

        @Override
        public StudentSampler sampler(Path modelDir, int iteration) {
            samplings.incrementAndGet();
            return new StudentSampler() {
                @Override
                public List<Sample> sample(
                        SampleConfig config, List<Problem> problems, Optional<Strategy> forced, EventListener events) {
                    List<Sample> samples = new ArrayList<>();
                    for (Problem p : problems) {
                        for (int i = 0; i < config.k(); i++) {
                            Strategy s = forced.orElse(Strategy.COT);
                            samples.add(new Sample(
                                    p.id(), s, Origin.STUDENT, iteration, i, s.tag() + " Final Answer: " + i));
                        }
                    }
                    return samples;
                }

                @Override
                public void close() {}
            };
        }
    };

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("problems.jsonl"), """
        {"id": "a", "question": "What is 1 + 1?", "answer": "2"}
        {"id": "b", "question": "What is 2 + 2?", "answer": "4"}
        """);
        Files.writeString(dir.resolve("data.jsonl"), """
        {"id": "b", "strategy": "pot", "origin": "teacher", "iteration": 0, "index": 0, "text": "answer = 4", "gold": "4", "prediction": "4", "verdict": "correct", "correct": true}
        """);
        Files.createDirectories(dir.resolve("start"));
        Files.writeString(dir.resolve("start/config.json"), "{}");
        datasets = DatasetResolver.of(dir, true, EventListener.NONE).withBaseDir(dir);
    }

    @Test
    void trainsOnTheSamplesWithTheirQuestionsThenSkipsAnUnchangedRerun() throws IOException {
        TrainStage.Config config = new TrainStage.Config(
                dir.resolve("data.jsonl"),
                "jsonl:problems.jsonl",
                dir.resolve("start"),
                dir.resolve("student"),
                TrainConfig.siked());
        assertEquals(
                3,
                new TrainStage(EventListener.NONE).run(config, datasets, engine).steps());
        assertEquals(List.of(new TrainingExample("b", "What is 2 + 2?", Strategy.POT, "answer = 4")), trained);
        assertTrue(Files.readString(dir.resolve("student/manifest.json")).contains("\"weights.bin\""));

        assertNull(new TrainStage(EventListener.NONE).run(config, datasets, engine));
        assertEquals(1, trainings.get());
        Files.writeString(dir.resolve("start/config.json"), "{\"changed\": true}");
        new TrainStage(EventListener.NONE).run(config, datasets, engine);
        assertEquals(2, trainings.get(), "a changed start model trains again");
    }

    @Test
    void samplesOnePassPerForcedStrategy() throws IOException {
        Files.createDirectories(dir.resolve("student"));
        Files.writeString(dir.resolve("student/weights.bin"), "w");
        SampleStage.Config config = new SampleStage.Config(
                dir.resolve("student"),
                "jsonl:problems.jsonl",
                0,
                List.of(Strategy.COT, Strategy.POT),
                2,
                dir.resolve("out/samples.jsonl"),
                sampling(3));
        assertEquals(12, new SampleStage(EventListener.NONE).run(config, datasets, engine));
        List<String> lines = Files.readAllLines(dir.resolve("out/samples.jsonl"));
        assertTrue(
                lines.get(0).contains("\"strategy\":\"cot\"") && lines.get(11).contains("\"strategy\":\"pot\""),
                lines.toString());
        assertTrue(Files.exists(dir.resolve("out/samples.manifest.json")));
        assertEquals(-1, new SampleStage(EventListener.NONE).run(config, datasets, engine));
    }

    @Test
    void aChangedEngineSettingTrainsAgainAndAnUnchangedOneSkips() throws IOException {
        TrainStage.Config config = new TrainStage.Config(
                dir.resolve("data.jsonl"),
                "jsonl:problems.jsonl",
                dir.resolve("start"),
                dir.resolve("student"),
                TrainConfig.siked());
        new TrainStage(EventListener.NONE).run(config, datasets, engine);
        assertTrue(
                Files.readString(dir.resolve("student/manifest.json")).contains("\"engine.precision\" : \"fp32\""),
                Files.readString(dir.resolve("student/manifest.json")));
        assertNull(new TrainStage(EventListener.NONE).run(config, datasets, engine));
        assertEquals(1, trainings.get());

        engineSettings.put("precision", "fp16");
        assertEquals(
                3,
                new TrainStage(EventListener.NONE).run(config, datasets, engine).steps());
        assertEquals(2, trainings.get(), "another precision trains again");
        engineSettings.put("device", "gpu(0)");
        new TrainStage(EventListener.NONE).run(config, datasets, engine);
        assertEquals(3, trainings.get(), "another device trains again");
        assertNull(new TrainStage(EventListener.NONE).run(config, datasets, engine));
        assertEquals(3, trainings.get());
    }

    @Test
    void aChangedEngineSettingSamplesAgainAndAnUnchangedOneSkips() throws IOException {
        Files.createDirectories(dir.resolve("student"));
        Files.writeString(dir.resolve("student/weights.bin"), "w");
        SampleStage.Config config = new SampleStage.Config(
                dir.resolve("student"),
                "jsonl:problems.jsonl",
                0,
                List.of(Strategy.POT),
                1,
                dir.resolve("out/samples.jsonl"),
                sampling(2));
        assertEquals(4, new SampleStage(EventListener.NONE).run(config, datasets, engine));
        assertEquals(-1, new SampleStage(EventListener.NONE).run(config, datasets, engine));
        assertEquals(1, samplings.get());

        engineSettings.put("device", "gpu(0)");
        assertEquals(4, new SampleStage(EventListener.NONE).run(config, datasets, engine));
        assertEquals(2, samplings.get(), "another device samples again");
        engineSettings.remove("precision");
        new SampleStage(EventListener.NONE).run(config, datasets, engine);
        assertEquals(3, samplings.get(), "a setting the engine no longer reports samples again");
        assertEquals(-1, new SampleStage(EventListener.NONE).run(config, datasets, engine));
        assertEquals(3, samplings.get());
    }

    @Test
    void aSampleOfAnotherDatasetIsNamed() throws IOException {
        Files.writeString(dir.resolve("data.jsonl"), """
        {"id": "zz", "strategy": "pot", "origin": "teacher", "iteration": 0, "index": 0, "text": "answer = 4"}
        """);
        TrainStage.Config config = new TrainStage.Config(
                dir.resolve("data.jsonl"),
                "jsonl:problems.jsonl",
                dir.resolve("start"),
                dir.resolve("student"),
                TrainConfig.siked());
        RecordFormatException e = assertThrows(
                RecordFormatException.class, () -> new TrainStage(EventListener.NONE).run(config, datasets, engine));
        assertEquals(
                dir.resolve("data.jsonl") + ":1: sample id 'zz' is not in dataset jsonl:problems.jsonl: train on"
                        + " samples drawn from siked.train.dataset",
                e.getMessage());
    }

    /** k short outputs per problem at temperature 0.7, top-p 0.95, seed 1. */
    private static SampleConfig sampling(int k) {
        return SampleConfig.builder()
                .optK(k)
                .optTemperature(0.7)
                .optTopP(0.95)
                .optMaxNewTokens(64)
                .optSeed(1)
                .optBatchSize(8)
                .build();
    }
}
