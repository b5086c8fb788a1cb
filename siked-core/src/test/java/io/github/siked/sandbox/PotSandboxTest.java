package io.github.siked.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.event.Event;
import io.github.siked.record.Jsonl;
import io.github.siked.record.Verdict;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Normal programs, each kind of result, and concurrent callers, on one two-worker sandbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PotSandboxTest {

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private PotSandbox sandbox;

    @BeforeAll
    void start() {
        String python = SandboxRequirements.pythonWithSympy();
        sandbox = new PotSandbox(new SandboxConfig(python, 2, 2.0, 512, Isolation.NONE), events::add);
    }

    @AfterAll
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void normalCorpusGradesAsExpected() throws IOException, URISyntaxException {
        Path corpus = Path.of(getClass().getResource("/sandbox/normal.jsonl").toURI());
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (String line : Files.readAllLines(corpus)) {
            JsonNode entry = Jsonl.MAPPER.readTree(line);
            SandboxResult result = sandbox.run(entry.path("program").asText());
            SandboxResult expected =
                    new SandboxResult.Answer(entry.path("answer").asText());
            if (!expected.equals(result)) {
                wrong.add(entry.path("name").asText() + ": " + result);
            }
            count++;
        }
        assertEquals(List.of(), wrong);
        assertTrue(count >= 30, "normal corpus has " + count + " programs");
    }

    @Test
    void eachOutcomeHasItsOwnResult() {
        assertEquals(new SandboxResult.NoAnswer(), sandbox.run("total = 3 + 4"));
        assertEquals(new SandboxResult.NoAnswer(), sandbox.run("answer = None"));
        assertEquals(new SandboxResult.WrongType("str"), sandbox.run("answer = '12'"));
        assertEquals(new SandboxResult.WrongType("bool"), sandbox.run("answer = 3 > 2"));
        assertEquals(new SandboxResult.WrongType("float nan"), sandbox.run("answer = float('nan')"));
        assertEquals(new SandboxResult.WrongType("float inf"), sandbox.run("answer = float('inf')"));
        assertEquals(new SandboxResult.WrongType("complex"), sandbox.run("answer = complex(1, 2)"));
        assertEquals(new SandboxResult.WrongType("empty list"), sandbox.run("answer = []"));
        assertEquals(
                new SandboxResult.WrongType("sympy expression Symbol"), sandbox.run("x = Symbol('x')\nanswer = x"));
        assertEquals(new SandboxResult.Failed("ZeroDivisionError: division by zero"), sandbox.run("answer = 1 / 0"));
        assertEquals(
                new SandboxResult.Failed("NameError: name 'cost' is not defined"), sandbox.run("answer = cost * 2"));
        assertInstanceOf(SandboxResult.Failed.class, sandbox.run("answer = = 3"));
        assertEquals(new SandboxResult.Timeout(), sandbox.run("n = 0\nwhile True:\n    n += 1"));
        assertEquals(new SandboxResult.Rejected("import os"), sandbox.run("import os\nanswer = 1"));
        assertEquals(new SandboxResult.Answer("12"), sandbox.run("answer = 12"));
    }

    @Test
    void resultsMapToVerdicts() {
        assertEquals(Verdict.TIMEOUT, new SandboxResult.Timeout().verdict());
        assertEquals(Verdict.REJECTED, new SandboxResult.Rejected("x").verdict());
        assertEquals(Verdict.NO_ANSWER, new SandboxResult.NoAnswer().verdict());
        assertEquals(Verdict.ERROR, new SandboxResult.WrongType("str").verdict());
        assertEquals(Verdict.ERROR, new SandboxResult.Failed("x").verdict());
        assertEquals(null, new SandboxResult.Answer("1").verdict());
    }

    @Test
    void concurrentCallersGetTheirOwnAnswers() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<SandboxResult>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String program = "a = " + i + "\nanswer = a * 3";
                results.add(callers.submit(() -> sandbox.run(program)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(
                        new SandboxResult.Answer(String.valueOf(i * 3)),
                        results.get(i).get());
            }
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void aWorkerKilledByTheCpuBackstopIsReplaced() {
        // sum over a range runs in C, where the timer cannot interrupt it: RLIMIT_CPU ends the worker.
        assertEquals(new SandboxResult.Timeout(), sandbox.run("answer = sum(range(10 ** 14))"));
        for (int i = 0; i < 4; i++) {
            assertEquals(new SandboxResult.Answer("7"), sandbox.run("answer = 3 + 4"));
        }
    }

    @Test
    void reportsHowItRuns() {
        assertTrue(
                events.stream()
                        .anyMatch(e ->
                                e instanceof Event.Info info && info.message().startsWith("sandbox: 2 Python workers")),
                events.toString());
    }

    @Test
    void closedSandboxRefusesWork() {
        PotSandbox other = new PotSandbox(
                new SandboxConfig(sandbox.interpreter().executable(), 1, 1.0, 256, Isolation.NONE), e -> {});
        other.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.run("answer = 1"));
        assertEquals("this PotSandbox is closed", e.getMessage());
    }
}
