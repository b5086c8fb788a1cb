package io.github.siked.student;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A student engine as the train and sample manifests record it: its name and the settings that
 * change the numbers it produces (the device as resolved, the precision, libtorch's version and
 * build), so that a change of any reruns those stages. Threads and log intervals change speed and
 * logs only and are not among them.
 *
 * @param name the engine's name, for instance {@code djl}
 * @param settings its settings, by name
 */
public record EngineRecord(String name, SortedMap<String, String> settings) {

    public EngineRecord {
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
    }

    /** What {@code engine} reports about itself now. */
    public static EngineRecord of(StudentEngine engine) {
        return new EngineRecord(engine.name(), new TreeMap<>(engine.settings()));
    }
}
