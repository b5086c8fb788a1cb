package io.github.siked.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.event.EventListener;
import io.github.siked.record.Problem;
import io.github.siked.teacher.openai.FakeOpenaiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's durability check: a generation run killed with SIGKILL mid-way, then run again,
 * completes, and the server answers no completed request twice.
 */
class KilledGenerationTest {

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidWayResumesWithoutAskingAgainForWhatWasAnswered() throws Exception {
        List<Problem> problems = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            Problem p = new Problem("p-" + i, "What is " + i + " plus 3?", String.valueOf(i + 3));
            problems.add(p);
            lines.append(String.format(
                    "{\"id\": \"%s\", \"question\": \"%s\", \"answer\": \"%s\"}%n", p.id(), p.question(), p.answer()));
        }
        Files.writeString(dir.resolve("problems.jsonl"), lines);
        Path stage = dir.resolve("stage");

        try (FakeOpenaiServer server = FakeOpenaiServer.start().delay(Duration.ofMillis(40))) {
            Process first = child(server);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.answeredTotal() < 30 && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
            first.waitFor();
            assertTrue(server.answeredTotal() < 120, "the first run finished before it could be killed");

            Map<String, TeacherCall> journaled;
            try (TeacherJournal journal = TeacherJournal.open(stage.resolve("journal.jsonl"), EventListener.NONE)) {
                journaled = journal.calls();
            }
            assertTrue(journaled.size() >= 25, "journaled before the kill: " + journaled.size());

            Process second = child(server);
            assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the second run did not finish");
            assertEquals(
                    0, second.exitValue(), new String(second.getInputStream().readAllBytes()));

            for (TeacherCall call : journaled.values()) {
                Problem problem = problems.get(Integer.parseInt(call.id().substring(2)));
                String prompt = GenerateTeacherStageTest.PROMPTS.render(problem, call.strategy());
                assertEquals(
                        1,
                        server.answered(prompt, call.seed()),
                        "asked again after it completed: " + call.id() + " " + call.strategy());
            }
            // Each of the 120 requests answered once, but for the few in flight at the kill.
            assertTrue(
                    server.answeredTotal() >= 120 && server.answeredTotal() <= 124,
                    "answered " + server.answeredTotal());
            assertEquals(120, Files.readAllLines(stage.resolve("journal.jsonl")).size());
            assertEquals(
                    120 * 3,
                    Files.readAllLines(stage.resolve("teacher-samples.jsonl")).size());
        }
    }

    private Process child(FakeOpenaiServer server) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledGenerationMain.class.getName(),
                        server.endpoint(),
                        dir.toString(),
                        dir.resolve("stage").toString())
                .redirectErrorStream(true)
                .start();
    }
}
