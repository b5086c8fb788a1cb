package io.github.siked.stage;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.event.EventListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs stages the one way every stage runs: skipped, with a log line, when its manifest records the
 * same configuration, seeds and inputs and its outputs are intact; otherwise its work is done, its
 * outputs hashed and its manifest written last, atomically. Either way the caller gets the result.
 */
public final class StageRunner {

    private final EventListener listener;

    public StageRunner(EventListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Runs the stage, or reads back what its manifest records when nothing changed. */
    public <R extends Record> Outcome<R> run(Stage<R> stage) throws IOException {
        Instant started = Instant.now();
        Declaration<R> declared = stage.declare();
        ManifestKey key = ManifestKey.of(declared);
        Path manifest = declared.manifest();
        Optional<R> recorded = UpToDate.results(manifest, key).flatMap(r -> StageJson.read(r, declared.resultType()));
        if (recorded.isPresent()) {
            listener.info(
                    declared.name() + ": up to date, skipped (" + manifest + " records the same inputs and settings)");
            return Outcome.skipped(recorded.get());
        }

        Produced<R> produced = stage.produce();
        SortedMap<String, String> versions = Versions.base();
        versions.putAll(produced.versions());
        JsonNode results = StageJson.asRead(produced.result());
        new Manifest(key, hashes(manifest, produced), versions, results, started, Instant.now()).writeTo(manifest);
        return Outcome.ran(produced.result());
    }

    /** Each output's sha256 by its path relative to the manifest's folder. */
    private static SortedMap<String, String> hashes(Path manifest, Produced<?> produced) {
        Path dir = manifest.toAbsolutePath().normalize().getParent();
        SortedMap<String, String> hashes = new TreeMap<>();
        for (Path output : produced.outputs()) {
            Path file = output.toAbsolutePath().normalize();
            if (!file.startsWith(dir)) {
                throw new IllegalStateException("output " + output + " is outside the manifest's folder " + dir);
            }
            hashes.put(dir.relativize(file).toString(), Sha256.of(file));
        }
        return hashes;
    }
}
