package io.github.siked.maven;

import io.github.siked.loop.StudentEngines;
import io.github.siked.student.StudentEngine;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands engine-level settings ({@code siked.device}, {@code siked.train.precision}, …) to the
 * student engine. The ServiceLoader builds engines with no arguments, and the DJL engine reads its
 * settings from system properties as it is built; so they are set for the lookup alone, under a
 * lock (parallel builds run Mojos on several threads), and the previous values put back, so a
 * goal's settings never leak into the next one's.
 */
final class EngineProperties {

    private static final Object LOCK = new Object();

    private EngineProperties() {}

    /** The engine on {@code loader}'s class path, built with {@code settings} in place. */
    static StudentEngine find(Map<String, String> settings, ClassLoader loader) {
        synchronized (LOCK) {
            Map<String, String> previous = new HashMap<>();
            settings.forEach((key, value) -> previous.put(key, System.getProperty(key)));
            try {
                settings.forEach(System::setProperty);
                return StudentEngines.find(loader);
            } finally {
                previous.forEach((key, value) -> {
                    if (value == null) {
                        System.clearProperty(key);
                    } else {
                        System.setProperty(key, value);
                    }
                });
            }
        }
    }
}
