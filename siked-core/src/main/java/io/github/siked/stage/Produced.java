package io.github.siked.stage;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a stage's work made.
 *
 * @param result what the stage found, for the manifest's {@code results} and the caller
 * @param outputs every file it wrote, each inside the manifest's folder or below it
 * @param versions the versions of what ran beyond siked and Java (Python, the teacher model), by component
 * @param <R> the result's type
 */
public record Produced<R extends Record>(R result, List<Path> outputs, SortedMap<String, String> versions) {

    public Produced {
        Objects.requireNonNull(result, "result");
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty()) {
            // A manifest without outputs could never be found up to date.
            throw new IllegalStateException("a stage produced no output files");
        }
        versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions));
    }

    /** The result and the files written, with no versions beyond siked's and Java's. */
    public static <R extends Record> Produced<R> of(R result, List<Path> outputs) {
        return new Produced<>(result, outputs, new TreeMap<>());
    }

    /** The same, recording one more version; a null version (nothing of it ran) is left out. */
    public Produced<R> withVersion(String component, String version) {
        SortedMap<String, String> more = new TreeMap<>(versions);
        if (version != null) {
            more.put(component, version);
        }
        return new Produced<>(result, outputs, more);
    }
}
