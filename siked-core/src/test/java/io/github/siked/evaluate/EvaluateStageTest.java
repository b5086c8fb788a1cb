package io.github.siked.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.data.DatasetResolver;
import io.github.siked.data.SyntheticDatasets;
import io.github.siked.data.synthetic.SyntheticConfig;
import io.github.siked.eval.Threshold;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.record.Jsonl;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.ScoringEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code siked:evaluate}'s stage: one student on two test sets, scored and gated. */
class EvaluateStageTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();
    private final EventListener listener = event -> log.add(event instanceof Event.Info i ? i.message() : "");

    @Test
    void scoresEachTestSetWritesEvaluationJsonAndListsEveryMissedThreshold() throws IOException {
        Path student = dir.resolve("student");
        Files.createDirectories(student);
        Files.writeString(student.resolve("skill.txt"), "60");
        DatasetResolver datasets = SyntheticDatasets.resolver(
                DatasetResolver.of(dir, true, EventListener.NONE), SyntheticConfig.defaults(1));
        EvaluateStageConfig config = new EvaluateStageConfig(
                student,
                List.of("synthetic:test", "synthetic:ood-steps"),
                30,
                SampleConfig.greedy(),
                dir.resolve("evaluate"));
        List<Threshold> thresholds =
                List.of(new Threshold("synthetic:test", 0.1), new Threshold("synthetic:ood-steps", 0.99));
        Path junitReport = dir.resolve("reports/TEST-siked.evaluate.xml");

        ScoringEngine engine = new ScoringEngine();
        GatedEvaluation.Result result = new GatedEvaluation(listener)
                .run(
                        new EvaluateStage(config, datasets, engine, SandboxConfig.defaults(), listener),
                        thresholds,
                        junitReport);

        assertEquals(30, result.evaluation().byDataset().get("synthetic:test").n());
        // The stand-in student always writes pot and is right about 60% of the time.
        double accuracy = result.evaluation().byDataset().get("synthetic:test").accuracy();
        assertTrue(accuracy > 0.3 && accuracy < 0.9, "accuracy " + accuracy);
        assertEquals(
                1.0,
                result.evaluation()
                        .byDataset()
                        .get("synthetic:test")
                        .byStrategy()
                        .get("pot")
                        .share());
        JsonNode written =
                Jsonl.MAPPER.readTree(dir.resolve("evaluate/evaluation.json").toFile());
        assertEquals(30, written.path("synthetic:ood-steps").path("n").asInt());
        assertEquals(2, written.path("synthetic:test").path("ci95").size());
        assertFalse(result.gate().passed());
        assertEquals(1, result.gate().misses().size());
        assertTrue(
                result.gate().failureMessage().contains("synthetic:ood-steps"),
                result.gate().failureMessage());
        assertTrue(Files.readString(junitReport).contains("failures=\"1\""));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("synthetic:test: ")), log.toString());

        // A rerun reads the scores back from the manifest and checks the gate again.
        log.clear();
        GatedEvaluation.Result again = new GatedEvaluation(listener)
                .run(
                        new EvaluateStage(config, datasets, engine, SandboxConfig.defaults(), listener),
                        List.of(new Threshold("synthetic:test", 0.1)),
                        junitReport);
        assertTrue(again.gate().passed(), again.gate().failureMessage());
        assertEquals(result.evaluation(), again.evaluation());
        assertEquals(2, engine.samplings.get(), "each test set was sampled once");
        assertTrue(log.stream().anyMatch(l -> l.startsWith("evaluate: up to date, skipped")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("synthetic:test: ")), log.toString());
    }
}
