package io.github.siked.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.siked.data.DatasetResolver;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Jsonl;
import io.github.siked.record.JsonlReader;
import io.github.siked.record.RecordFormatException;
import io.github.siked.record.Verdict;
import io.github.siked.sandbox.Isolation;
import io.github.siked.sandbox.PythonInterpreter;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.sandbox.SandboxUnavailableException;
import io.github.siked.stage.Outcome;
import io.github.siked.stage.StageRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyStageTest {

    @TempDir
    Path dir;

    private static final String PROBLEMS = """
      {"id": "q-0", "question": "What is 14 times 38?", "answer": "532"}
      {"id": "q-1", "question": "Split 9 into 4 equal parts.", "answer": "2.25"}
      """;

    @Test
    void gradesProseWithoutStartingPython() throws IOException {
        Path samples = write("samples.jsonl", """
        {"id": "q-0", "strategy": "cot", "origin": "teacher", "iteration": 0, "index": 0, "text": "14 * 38 = 532.\\nFinal Answer: 532"}
        {"id": "q-0", "strategy": "l2m", "origin": "student", "iteration": 1, "index": 0, "text": "[l2m]: Sub-question 1: what? Answer to Sub-question 1: 522.\\nFinal Answer: 522"}
        {"id": "q-1", "strategy": "cot", "origin": "student", "iteration": 1, "index": 2, "text": "[cot]: I cannot tell."}
        {"id": "q-1", "strategy": "cot", "origin": "student", "iteration": 1, "index": 3, "text": "[cot]: 9 / 4 = 2.25\\n#### 2.25"}
        """);
        // An interpreter that does not exist: starting the sandbox would fail the run.
        Outcome<VerifySummary> result =
                run(samples, config(samples, SandboxConfig.defaults().withPython("/nonexistent/python3")));

        List<GradedSample> graded = read(dir.resolve("graded.jsonl"));
        assertEquals(
                List.of(Verdict.CORRECT, Verdict.WRONG, Verdict.NO_ANSWER, Verdict.CORRECT),
                graded.stream().map(GradedSample::verdict).toList());
        assertEquals("522", graded.get(1).prediction());
        assertNull(graded.get(2).prediction());
        assertEquals("2.25", graded.get(3).gold());

        VerifySummary summary = result.result();
        assertEquals(4, summary.total());
        assertEquals(2, summary.correct());
        assertEquals(0.5, summary.accuracy());
        assertEquals(1L, summary.verdicts().get("no_answer"));
        assertEquals(new VerifySummary.StrategyCount(3, 2), summary.byStrategy().get("cot"));
        assertEquals(new VerifySummary.Harness(4, 0.25, 0.5), summary.harness());
        assertTrue(Files.isRegularFile(dir.resolve("graded.summary.json")));
        String manifest = Files.readString(dir.resolve("graded.manifest.json"));
        assertTrue(manifest.contains("\"stage\" : \"verify\""), manifest);
        assertFalse(
                Jsonl.MAPPER.readTree(manifest).path("versions").has("python"),
                "no program ran, so no Python is recorded: " + manifest);
    }

    @Test
    void runsProgramsInTheSandboxAndKeepsInputOrder() throws IOException {
        assumeTrue(pythonAvailable(), "no Python 3.9+ interpreter here");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            String text = switch (i % 3) {
                case 0 -> "[pot]: ```python\\nanswer = 14 * 38\\n```";
                case 1 -> "[pot]: import os\\nanswer = 532";
                default -> "Final Answer: " + i;
            };
            lines.append(
                            "{\"id\": \"q-0\", \"strategy\": \"pot\", \"origin\": \"student\", \"iteration\": 1, \"index\": ")
                    .append(i)
                    .append(", \"text\": \"")
                    .append(text)
                    .append("\"}\n");
        }
        Path samples = write("samples.jsonl", lines.toString());
        List<Event> events = new CopyOnWriteArrayList<>();
        Outcome<VerifySummary> result = stage(events::add, config(samples, sandbox()));

        List<GradedSample> graded = read(dir.resolve("graded.jsonl"));
        assertEquals(300, graded.size());
        for (int i = 0; i < 300; i++) {
            assertEquals(i, graded.get(i).index(), "order");
        }
        assertEquals(Verdict.CORRECT, graded.get(0).verdict());
        assertEquals(Verdict.REJECTED, graded.get(1).verdict());
        // Untagged and recorded as pot: run as a program, which "Final Answer: 2" is not.
        assertEquals(Verdict.ERROR, graded.get(2).verdict());
        assertEquals(100, result.result().correct());
        assertTrue(events.stream().anyMatch(e -> e instanceof Event.Progress p && p.done() == 300), events.toString());
    }

    @Test
    void aSkippedRerunReadsBackASummaryWithoutProse() throws IOException {
        Path samples = write("samples.jsonl", """
        {"id": "q-0", "strategy": "pot", "origin": "student", "iteration": 1, "index": 0, "text": "answer = 532"}
        """);
        VerifyStageConfig config = config(samples, sandbox());
        assertNull(run(samples, config).result().harness());
        Outcome<VerifySummary> again = stage(EventListener.NONE, config);
        assertEquals(1, again.result().correct());
        assertNull(again.result().harness());
    }

    @Test
    void anUnchangedRerunIsSkippedAndChangedSamplesAreGradedAgain() throws IOException {
        Path samples = write("samples.jsonl", """
        {"id": "q-0", "strategy": "cot", "origin": "teacher", "iteration": 0, "index": 0, "text": "Final Answer: 532"}
        """);
        VerifyStageConfig config = config(samples, SandboxConfig.defaults());
        run(samples, config);
        List<Event> events = new CopyOnWriteArrayList<>();
        Outcome<VerifySummary> again = stage(events::add, config);
        assertEquals(1, again.result().correct());
        assertTrue(
                events.stream()
                        .anyMatch(e ->
                                e instanceof Event.Info i && i.message().startsWith("verify: up to date, skipped")),
                events.toString());

        Files.writeString(samples, Files.readString(samples).replace("532", "533"));
        events.clear();
        Outcome<VerifySummary> changed = stage(events::add, config);
        assertEquals(0, changed.result().correct());
        assertFalse(events.stream()
                .anyMatch(e -> e instanceof Event.Info i && i.message().contains("up to date")));
    }

    @Test
    void anUnknownIdNamesTheFileLineAndIdAndLeavesThePreviousOutputAlone() throws IOException {
        Path samples = write("samples.jsonl", """
        {"id": "q-0", "strategy": "cot", "origin": "teacher", "iteration": 0, "index": 0, "text": "Final Answer: 532"}

        {"id": "q-7", "strategy": "cot", "origin": "teacher", "iteration": 0, "index": 0, "text": "Final Answer: 1"}
        """);
        Path output = dir.resolve("graded.jsonl");
        Files.writeString(output, "earlier results\n");
        RecordFormatException e = assertThrows(
                RecordFormatException.class, () -> run(samples, config(samples, SandboxConfig.defaults())));
        assertEquals(
                samples + ":3: sample id 'q-7' is not in dataset jsonl:problems.jsonl: grade samples"
                        + " against the dataset they were drawn from (siked.dataset)",
                e.getMessage());
        assertEquals("earlier results\n", Files.readString(output));
        assertFalse(Files.exists(dir.resolve(".graded.jsonl.partial")));
    }

    @Test
    void aMalformedLineNamesTheFileAndLine() throws IOException {
        Path samples = write("samples.jsonl", """
        {"id": "q-0", "strategy": "cot", "origin": "teacher", "iteration": 0, "index": 0, "text": "Final Answer: 532"}
        {"id": "q-0", "strategy": "sql", "origin": "teacher", "iteration": 0, "index": 0, "text": "Final Answer: 532"}
        """);
        RecordFormatException e = assertThrows(
                RecordFormatException.class, () -> run(samples, config(samples, SandboxConfig.defaults())));
        assertEquals(
                samples + ":2: field 'strategy': unknown strategy 'sql': use one of cot, l2m, pot", e.getMessage());
    }

    @Test
    void aMissingInterpreterIsReportedWhenAProgramNeedsIt() throws IOException {
        Path samples = write("samples.jsonl", """
        {"id": "q-0", "strategy": "pot", "origin": "teacher", "iteration": 0, "index": 0, "text": "answer = 532"}
        """);
        SandboxUnavailableException e = assertThrows(
                SandboxUnavailableException.class,
                () -> run(samples, config(samples, SandboxConfig.defaults().withPython("/nonexistent/python3"))));
        assertTrue(e.getMessage().startsWith("siked.python=/nonexistent/python3 is not usable"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("graded.jsonl")));
    }

    private Outcome<VerifySummary> run(Path samples, VerifyStageConfig config) throws IOException {
        return stage(EventListener.NONE, config);
    }

    private Outcome<VerifySummary> stage(EventListener listener, VerifyStageConfig config) throws IOException {
        return new StageRunner(listener).run(new VerifyStage(config, resolver(), listener));
    }

    private DatasetResolver resolver() {
        try {
            Files.writeString(dir.resolve("problems.jsonl"), PROBLEMS);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return DatasetResolver.of(dir, true, EventListener.NONE).withBaseDir(dir);
    }

    private VerifyStageConfig config(Path samples, SandboxConfig sandbox) {
        return new VerifyStageConfig(samples, "jsonl:problems.jsonl", dir, true, dir.resolve("graded.jsonl"), sandbox);
    }

    private static SandboxConfig sandbox() {
        return SandboxConfig.defaults().withWorkers(2).withCpuSeconds(2).withIsolation(Isolation.NONE);
    }

    private static boolean pythonAvailable() {
        try {
            PythonInterpreter.resolve(null);
            return true;
        } catch (SandboxUnavailableException e) {
            return false;
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<GradedSample> read(Path file) {
        List<GradedSample> rows = new ArrayList<>();
        try (JsonlReader<GradedSample> reader = JsonlReader.open(file, GradedSample.class)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }
}
