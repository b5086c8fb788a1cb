package io.github.siked.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Jsonl;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code sandbox/layers.jsonl} through worker.py with its AST check skipped
 * (layers_driver.py): restricted builtins, the sympy guards, the audit hook and the re-firing
 * timer must refuse each program on their own, even one that walks to the worker's modules.
 */
class WorkerLayersTest {

    @Test
    void laterLayersHoldWithoutTheAstCheck() throws IOException, URISyntaxException {
        String python = SandboxRequirements.pythonWithSympy();
        Path scripts = resource("/io/github/siked/sandbox/worker.py").getParent();
        Path corpus = resource("/sandbox/layers.jsonl");
        CommandProbe.Outcome outcome = CommandProbe.run(
                List.of(
                        python,
                        resource("/sandbox/layers_driver.py").toString(),
                        scripts.toString(),
                        corpus.toString()),
                Duration.ofSeconds(120));
        assertEquals(0, outcome.exitCode(), outcome.stderr());

        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            JsonNode entry = Jsonl.MAPPER.readTree(line);
            expected.add(
                    entry.path("name").asText() + " -> " + entry.path("expect").asText());
        }
        List<String> actual = new ArrayList<>();
        for (String line : outcome.stdout().split("\n")) {
            JsonNode reply = Jsonl.MAPPER.readTree(line);
            actual.add(
                    reply.path("name").asText() + " -> " + reply.path("status").asText());
        }
        assertEquals(expected, actual);
        try (DirectoryStream<Path> left = Files.newDirectoryStream(Path.of("/tmp"), "siked-escape-layers-*")) {
            assertEquals(List.of(), toList(left));
        }
    }

    private static List<Path> toList(DirectoryStream<Path> paths) {
        List<Path> list = new ArrayList<>();
        paths.forEach(list::add);
        return list;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WorkerLayersTest.class.getResource(name).toURI());
    }
}
