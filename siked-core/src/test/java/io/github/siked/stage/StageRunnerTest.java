package io.github.siked.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.record.Jsonl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one skeleton every stage runs in: ran, skipped, what reruns it, and the manifest it writes. */
class StageRunnerTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();
    private final EventListener listener = event -> log.add(event instanceof Event.Info i ? i.message() : "?");

    enum Mode {
        FAST,
        TASK_PREFIX
    }

    /** A configuration with the kinds of fields stages record. */
    record Settings(
            String name,
            int count,
            Optional<String> note,
            OptionalDouble alpha,
            Mode mode,
            Path file,
            Map<String, Integer> weights) {}

    /** What the test stage found. */
    record Counted(long lines, String first) {}

    /** Writes {@code text} into out/a.txt and out/sub/b.txt; counts its works. */
    private class Copying implements Stage<Counted> {
        Settings settings = settings(1);
        long seed = 7;
        String input = "input";
        int works;

        @Override
        public Declaration<Counted> declare() {
            return new Declaration<>(
                    "copy",
                    manifest(),
                    settings,
                    Map.of("seed", seed),
                    Map.of("input", Sha256.of(input)),
                    Counted.class);
        }

        Path manifest() {
            return dir.resolve("out/copy.manifest.json");
        }

        @Override
        public Produced<Counted> produce() throws IOException {
            works++;
            Path a = dir.resolve("out/a.txt");
            Path b = dir.resolve("out/sub/b.txt");
            AtomicFile.write(a, input + "\n");
            AtomicFile.write(b, "b\n");
            return Produced.of(new Counted(works, input), List.of(a, b)).withVersion("tool", "1.2");
        }
    }

    private Settings settings(int count) {
        Map<String, Integer> weights = new HashMap<>();
        for (String key : List.of("zeta", "alpha", "mu", "beta", "omega")) {
            weights.put(key, key.length());
        }
        return new Settings(
                "copy", count, Optional.empty(), OptionalDouble.of(0.5), Mode.TASK_PREFIX, dir.resolve("x y"), weights);
    }

    private Outcome<Counted> run(Copying stage) throws IOException {
        return new StageRunner(listener).run(stage);
    }

    @Test
    void runsThenSkipsAndReadsTheResultBackFromTheManifest() throws IOException {
        Copying stage = new Copying();
        Outcome<Counted> first = run(stage);
        assertTrue(first.ran());
        assertEquals(new Counted(1, "input"), first.result());

        log.clear();
        Outcome<Counted> second = run(stage);
        assertTrue(second.skipped());
        assertEquals(1, stage.works);
        assertEquals(new Counted(1, "input"), second.result(), "the recorded result, not a new one");
        assertEquals(
                List.of("copy: up to date, skipped (" + stage.manifest() + " records the same inputs and settings)"),
                log);
    }

    @Test
    void aChangedConfigurationSeedOrInputRunsAgain() throws IOException {
        Copying stage = new Copying();
        run(stage);
        stage.settings = settings(2);
        assertTrue(run(stage).ran(), "another setting");
        stage.seed = 8;
        assertTrue(run(stage).ran(), "another seed");
        stage.input = "other";
        assertTrue(run(stage).ran(), "another input");
        assertTrue(run(stage).skipped());
        assertEquals(3 + 1, stage.works);
    }

    @Test
    void anEditedOrDeletedOutputRunsAgain() throws IOException {
        Copying stage = new Copying();
        run(stage);
        Files.writeString(dir.resolve("out/sub/b.txt"), "edited\n");
        assertTrue(run(stage).ran(), "an edited output");
        Files.delete(dir.resolve("out/a.txt"));
        assertTrue(run(stage).ran(), "a deleted output");
        assertTrue(run(stage).skipped());
    }

    @Test
    void aManifestThatDoesNotReadIsNotUpToDate() throws IOException {
        Copying stage = new Copying();
        run(stage);
        Files.writeString(stage.manifest(), "{ not json");
        assertTrue(run(stage).ran());
        JsonNode manifest = Jsonl.MAPPER.readTree(stage.manifest().toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest)
                .putObject("results")
                .put("lines", "many");
        Files.writeString(stage.manifest(), manifest.toPrettyString());
        assertTrue(run(stage).ran(), "a result that no longer reads as the stage's type");
    }

    @Test
    void writesTheManifestFieldsInOrderWithTheConfigurationAsJson() throws IOException {
        Copying stage = new Copying();
        run(stage);
        JsonNode manifest = Jsonl.MAPPER.readTree(stage.manifest().toFile());
        List<String> fields = new ArrayList<>();
        manifest.fieldNames().forEachRemaining(fields::add);
        assertEquals(
                List.of("stage", "config", "seeds", "inputs", "outputs", "versions", "results", "started", "finished"),
                fields);
        assertEquals("copy", manifest.path("stage").asText());
        JsonNode config = manifest.path("config");
        List<String> components = new ArrayList<>();
        config.fieldNames().forEachRemaining(components::add);
        assertEquals(List.of("name", "count", "note", "alpha", "mode", "file", "weights"), components);
        assertTrue(config.path("note").isNull(), "an empty Optional is null: " + config);
        assertEquals(0.5, config.path("alpha").asDouble());
        assertEquals("task_prefix", config.path("mode").asText());
        assertEquals(dir.resolve("x y").toString(), config.path("file").asText());
        List<String> keys = new ArrayList<>();
        config.path("weights").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("alpha", "beta", "mu", "omega", "zeta"), keys, "map keys sorted");
        assertEquals(7, manifest.at("/seeds/seed").asLong());
        assertEquals(Sha256.of("input"), manifest.at("/inputs/input").asText());
        assertEquals(
                Sha256.of(dir.resolve("out/a.txt")),
                manifest.at("/outputs/a.txt").asText());
        assertEquals(
                Sha256.of(dir.resolve("out/sub/b.txt")),
                manifest.at("/outputs/sub~1b.txt").asText());
        assertEquals("1.2", manifest.at("/versions/tool").asText());
        assertTrue(manifest.path("versions").has("siked")
                && manifest.path("versions").has("java"));
        assertEquals(1, manifest.at("/results/lines").asLong());
        assertFalse(manifest.path("started").asText().isEmpty());
        assertFalse(Files.exists(dir.resolve("out/.copy.manifest.json.partial")));
    }

    @Test
    void aStageThatWritesNothingOrOutsideItsFolderIsABug() {
        assertThrows(IllegalStateException.class, () -> Produced.of(new Counted(0, ""), List.of()));
        Copying outside = new Copying() {
            @Override
            public Produced<Counted> produce() {
                return Produced.of(new Counted(0, ""), List.of(dir.resolve("elsewhere.txt")));
            }
        };
        assertThrows(IllegalStateException.class, () -> run(outside));
    }
}
