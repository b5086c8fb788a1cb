package io.github.siked.loop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.data.DatasetResolver;
import io.github.siked.data.SyntheticDatasets;
import io.github.siked.data.synthetic.SyntheticConfig;
import io.github.siked.eval.BaselineMargin;
import io.github.siked.eval.Threshold;
import io.github.siked.event.EventListener;
import io.github.siked.record.Jsonl;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.ScoringEngine;
import io.github.siked.student.ShortSamples;
import io.github.siked.student.TrainConfig;
import io.github.siked.teacher.TeacherAsking;
import io.github.siked.teacher.TeacherChoice;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.prompt.PromptLibrary;
import io.github.siked.teacher.prompt.PromptSource;
import io.github.siked.teacher.scripted.ErrorRates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop on synthetic problems, the scripted teacher and a stand-in student. */
class ExperimentTest {

    private static final List<Strategy> ALL = List.of(Strategy.COT, Strategy.L2M, Strategy.POT);

    @TempDir
    Path dir;

    private final ScoringEngine engine = new ScoringEngine();
    private final List<String> log = new ArrayList<>();
    private final EventListener listener = event -> log.add(event.toString());

    @Test
    void runsEveryIterationWritesResultsAndAnUnchangedRerunSkipsEveryStage() throws IOException {
        ExperimentConfig config =
                config(List.of("control", "combined"), List.of(new Threshold("synthetic:test", 0.0)), sampling(2));
        ExperimentResult first = run(config);

        assertTrue(first.gate().passed(), first.gate().failureMessage());
        JsonNode metrics = Jsonl.MAPPER.readTree(
                dir.resolve("results/loop-test/metrics.json").toFile());
        assertEquals("loop-test", metrics.path("experiment").asText());
        assertEquals(3, metrics.path("iterations").size(), "iteration 0 and the 2 configured");
        JsonNode it1 = metrics.path("iterations").get(1);
        assertTrue(it1.path("studentRows").asLong() > 0, it1.toString());
        assertTrue(it1.path("alpha").asDouble() < 1, it1.toString());
        assertEquals(2, metrics.path("test").path("synthetic:test").path("ci95").size());
        assertEquals(3, metrics.path("comparison").size());
        assertTrue(Files.exists(first.junitReport()));

        // The control trained on as many rows as SIKeD mixed, all of them teacher rows.
        for (int t = 1; t <= 2; t++) {
            JsonNode sikedMix =
                    summary(dir.resolve("target/siked/seed-7/siked/iteration-" + t + "/mix/data.summary.json"));
            JsonNode controlMix =
                    summary(dir.resolve("target/siked/seed-7/control/iteration-" + t + "/mix/data.summary.json"));
            assertEquals(
                    sikedMix.path("teacherRows").asLong()
                            + sikedMix.path("studentRows").asLong(),
                    controlMix.path("teacherRows").asLong());
            assertEquals(0, controlMix.path("studentRows").asLong());
        }

        // Iteration 0 is shared: SIKeD, the control and Combined train it once.
        int trainings = engine.trainings.get();
        assertEquals(1 + 2 + 2, trainings, "iteration 0 once, then 2 SIKeD and 2 control iterations");

        byte[] metricsBefore = Files.readAllBytes(dir.resolve("results/loop-test/metrics.json"));
        log.clear();
        run(config);
        assertEquals(trainings, engine.trainings.get(), "an unchanged rerun trains nothing");
        assertArrayEquals(metricsBefore, Files.readAllBytes(dir.resolve("results/loop-test/metrics.json")));
        assertTrue(log.stream().anyMatch(l -> l.contains("train: up to date, skipped")), log.toString());
        assertFalse(log.stream().anyMatch(l -> l.startsWith("train:") && !l.contains("skipped")), log.toString());
    }

    @Test
    void aChangedSamplingSettingRerunsOnlyTheIterationsAfterIterationZero() throws IOException {
        run(config(List.of(), List.of(), sampling(2)));
        int before = engine.trainings.get();
        run(config(List.of(), List.of(), sampling(3)));
        assertEquals(before + 2, engine.trainings.get(), "iteration 0 kept; iterations 1 and 2 retrained");
    }

    @Test
    void sampledEvaluationScoresMajorityPassAndTheCotPotVote() throws IOException {
        ExperimentResult result =
                run(new ExperimentConfigBuilder(dir).evaluationSamples(3).build());
        JsonNode sampled = Jsonl.MAPPER
                .readTree(dir.resolve("results/loop-test/metrics.json").toFile())
                .path("test")
                .path("synthetic:test")
                .path("sampled");
        for (String key : List.of("cot maj@3", "cot pass@3", "l2m maj@3", "pot pass@3", "cot+pot vote")) {
            double value = sampled.path(key).asDouble(-1);
            assertTrue(value >= 0 && value <= 1, key + " in " + sampled);
        }
        assertTrue(
                sampled.path("pot pass@3").asDouble()
                        >= sampled.path("pot maj@3").asDouble(),
                "pass@k is never below maj@k: " + sampled);
        assertTrue(result.gate().passed());
    }

    @Test
    void missedThresholdsAndMarginsFailTheGateListingEveryMiss() throws IOException {
        ExperimentConfig config = new ExperimentConfigBuilder(dir)
                .compare(List.of(combined()))
                .thresholds(List.of(new Threshold("synthetic:test", 1.0), new Threshold("synthetic:ood-steps", 1.0)))
                .margins(List.of(new BaselineMargin("combined", "synthetic:test", 0.5)))
                .build();
        ExperimentResult result = run(config);
        assertFalse(result.gate().passed());
        String message = result.gate().failureMessage();
        assertTrue(
                message.contains("synthetic:test")
                        && message.contains("synthetic:ood-steps")
                        && message.contains("combined"),
                message);
        assertEquals(3, result.gate().misses().size());
        assertTrue(Files.readString(result.junitReport()).contains("failures=\"3\""));
    }

    @Test
    void badConfigurationsNameThePomElement() {
        ExperimentConfigBuilder builder = new ExperimentConfigBuilder(dir);
        var sameAsTrain = assertThrows(
                IllegalArgumentException.class,
                () -> builder.tests(List.of("synthetic:train")).build());
        assertEquals(
                "<testDatasets> lists synthetic:train, which is the <trainDataset>: a test set must not be the"
                        + " training set",
                sameAsTrain.getMessage());
        var zero = assertThrows(
                IllegalArgumentException.class,
                () -> new Methods(ALL, ALL, new Iterations(0, Continuation.PREVIOUS)).named("siked", "<method>"));
        assertTrue(zero.getMessage().startsWith("<iterations> is 0 for method siked"), zero.getMessage());
        var unknown = assertThrows(
                IllegalArgumentException.class,
                () -> new Methods(ALL, ALL, new Iterations(2, Continuation.PREVIOUS)).named("sikd", "<compare>"));
        assertTrue(
                unknown.getMessage().startsWith("<compare> names method 'sikd': use one of [siked,"),
                unknown.getMessage());
        var threshold = assertThrows(
                IllegalArgumentException.class,
                () -> new ExperimentConfigBuilder(dir)
                        .thresholds(List.of(new Threshold("gsm8k-test", 0.5)))
                        .build());
        assertTrue(
                threshold
                        .getMessage()
                        .startsWith("<thresholds> names dataset gsm8k-test, which is not in <testDatasets>"),
                threshold.getMessage());
    }

    private Method combined() {
        return new Methods(
                        ALL,
                        List.of(Strategy.POT, Strategy.COT, Strategy.L2M),
                        new Iterations(2, Continuation.PREVIOUS))
                .named("combined", "<compare>");
    }

    /** Self-sampling of k short outputs per problem at temperature 0.7, top-p 0.95. */
    private static SampleConfig sampling(int k) {
        return ShortSamples.of(k).optBatchSize(16).build();
    }

    private ExperimentConfig config(List<String> compare, List<Threshold> thresholds, SampleConfig sampling) {
        Methods catalogue = new Methods(ALL, ALL, new Iterations(2, Continuation.PREVIOUS));
        return new ExperimentConfigBuilder(dir)
                .compare(compare.stream()
                        .map(name -> catalogue.named(name, "<compare>"))
                        .toList())
                .thresholds(thresholds)
                .selfSampling(sampling)
                .build();
    }

    private ExperimentResult run(ExperimentConfig config) throws IOException {
        SyntheticConfig synthetic = SyntheticConfig.defaults(1);
        DatasetResolver datasets = SyntheticDatasets.resolver(DatasetResolver.of(dir, true, listener), synthetic);
        TeacherChoice choice = new TeacherChoice("scripted", null, null, ErrorRates.defaults());
        try (TeacherBackend backend = choice.open("synthetic:train", synthetic, listener)) {
            TeacherAsking settings = new TeacherAsking(
                    choice.model(), new Sampling(0.7, 0.95, 512, List.of(), new TreeMap<>()), 2, 1, 4, null);
            return new Experiment(listener)
                    .run(
                            config,
                            new Experiment.Teacher(settings, backend, PromptLibrary.load(PromptSource.bundled(), ALL)),
                            datasets,
                            engine);
        }
    }

    private static JsonNode summary(Path file) throws IOException {
        return Jsonl.MAPPER.readTree(file.toFile());
    }

    /** A small experiment: 40 training problems, 20 per validation and test set, 2 iterations, seed 7. */
    private static final class ExperimentConfigBuilder {
        private final Path dir;
        private List<Method> compare = List.of();
        private List<Threshold> thresholds = List.of();
        private List<BaselineMargin> margins = List.of();
        private List<String> tests = List.of("synthetic:test", "synthetic:ood-steps");
        private SampleConfig selfSampling = sampling(2);
        private int evaluationSamples;

        ExperimentConfigBuilder(Path dir) {
            this.dir = dir;
        }

        ExperimentConfigBuilder compare(List<Method> value) {
            compare = value;
            return this;
        }

        ExperimentConfigBuilder thresholds(List<Threshold> value) {
            thresholds = value;
            return this;
        }

        ExperimentConfigBuilder margins(List<BaselineMargin> value) {
            margins = value;
            return this;
        }

        ExperimentConfigBuilder tests(List<String> value) {
            tests = value;
            return this;
        }

        ExperimentConfigBuilder evaluationSamples(int value) {
            evaluationSamples = value;
            return this;
        }

        ExperimentConfigBuilder selfSampling(SampleConfig value) {
            selfSampling = value;
            return this;
        }

        ExperimentConfig build() {
            try {
                Files.createDirectories(dir.resolve("start"));
                Files.writeString(
                        dir.resolve("start/config.json"),
                        "{\"model_type\": \"llama\", \"hidden_size\": 8, \"num_hidden_layers\": 1}");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Method siked = new Methods(ALL, ALL, new Iterations(2, Continuation.PREVIOUS)).named("siked", "<method>");
            return new ExperimentConfig(
                    "loop-test",
                    new Workspace(dir.resolve("target/siked"), dir.resolve("results"), SandboxConfig.defaults()),
                    new ExperimentDatasets("synthetic:train", 40, "synthetic:validation", 20, tests, 20),
                    new Training(
                            ALL,
                            dir.resolve("start"),
                            TrainConfig.siked(),
                            TrainConfig.siked().withEpochs(1)),
                    new SelfSampling(selfSampling, true),
                    new EvaluationPlan(
                            SampleConfig.greedy(), evaluationSamples, true, new GateRules(thresholds, margins)),
                    new ExperimentMethods(siked, compare, List.of(7L), new StopRule(5, 0.0)));
        }
    }
}
