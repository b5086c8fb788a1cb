package io.github.siked.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Jsonl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every program of {@code sandbox/hostile.jsonl} with and without bubblewrap, and checks
 * that none escaped: the expected refusal, no marker file, no connection, no stray process, and a
 * worker that still grades a normal program right after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusTest {

    private static final String MARKER_PREFIX = "siked-escape-";
    private static final String STRAY_MARKER = "siked-stray-marker";
    private static final String NORMAL = "a = 3\nb = 4\nanswer = a * b";

    private final AtomicInteger accepted = new AtomicInteger();
    private ServerSocket listener;
    private Thread acceptor;

    @BeforeAll
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        listener.setSoTimeout(200);
        acceptor = new Thread(this::acceptForever, "hostile-corpus-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    void stopListening() throws IOException {
        listener.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = Isolation.class,
            names = {"NONE", "BWRAP"})
    void everyHostileProgramIsContained(Isolation isolation) throws IOException {
        String python = SandboxRequirements.pythonWithSympy();
        if (isolation == Isolation.BWRAP) {
            SandboxRequirements.assumeBubblewrap(python);
        }
        deleteMarkers();
        SandboxConfig config = new SandboxConfig(python, 1, 1.0, 512, isolation);
        List<String> mismatches = new ArrayList<>();
        try (PotSandbox sandbox = new PotSandbox(config, event -> {})) {
            for (JsonNode entry : corpus()) {
                String name = entry.path("name").asText();
                String program =
                        entry.path("program").asText().replace("{PORT}", String.valueOf(listener.getLocalPort()));
                SandboxResult result = sandbox.run(program);
                assertFalse(result instanceof SandboxResult.Answer, name + " answered " + result);
                if (!expected(entry).contains(kind(result))) {
                    mismatches.add(name + ": expected " + expected(entry) + ", got " + result);
                }
                assertEquals(List.of(), markers(), name + " left a file behind");
                assertEquals(0, accepted.get(), name + " connected to the test's socket");
                assertEquals(List.of(), strayProcesses(), name + " left a process behind");
                assertEquals(
                        new SandboxResult.Answer("12"), sandbox.run(NORMAL), "a normal program right after " + name);
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(List.of(), strayProcesses(), "processes left after close");
    }

    private static List<JsonNode> corpus() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                HostileCorpusTest.class.getResourceAsStream("/sandbox/hostile.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                entries.add(Jsonl.MAPPER.readTree(line));
            }
        }
        assertTrue(entries.size() > 80, "the hostile corpus has " + entries.size() + " entries");
        return entries;
    }

    private static Set<String> expected(JsonNode entry) {
        JsonNode expect = entry.path("expect");
        if (expect.isArray()) {
            Set<String> kinds = new java.util.TreeSet<>();
            expect.forEach(kind -> kinds.add(kind.asText()));
            return kinds;
        }
        return Set.of(expect.asText());
    }

    private static String kind(SandboxResult result) {
        if (result instanceof SandboxResult.Rejected) {
            return "rejected";
        }
        if (result instanceof SandboxResult.Timeout) {
            return "timeout";
        }
        if (result instanceof SandboxResult.Failed) {
            return "failed";
        }
        return result.toString();
    }

    private void acceptForever() {
        while (!listener.isClosed()) {
            try (Socket socket = listener.accept()) {
                accepted.incrementAndGet();
            } catch (SocketTimeoutException e) {
                // poll again until the listener closes
            } catch (IOException e) {
                return;
            }
        }
    }

    private static List<Path> markers() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path dir : List.of(Path.of("/tmp"), Path.of("").toAbsolutePath())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, MARKER_PREFIX + "*")) {
                files.forEach(found::add);
            }
        }
        return found;
    }

    private static void deleteMarkers() throws IOException {
        for (Path marker : markers()) {
            Files.deleteIfExists(marker);
        }
    }

    private static List<String> strayProcesses() {
        try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
            return processes
                    .filter(p -> p.info().commandLine().orElse("").contains(STRAY_MARKER))
                    .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                    .toList();
        }
    }
}
