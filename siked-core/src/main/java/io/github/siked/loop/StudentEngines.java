package io.github.siked.loop;

import io.github.siked.student.StudentEngine;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the student engine on the class path (siked-djl registers one). */
public final class StudentEngines {

    private StudentEngines() {}

    /**
     * @throws IllegalStateException when no engine, or more than one, is on the class path
     */
    public static StudentEngine find(ClassLoader loader) {
        List<StudentEngine> engines = ServiceLoader.load(StudentEngine.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        if (engines.isEmpty()) {
            throw new IllegalStateException("no student engine on the class path: add io.github.siked:siked-djl");
        }
        if (engines.size() > 1) {
            throw new IllegalStateException("several student engines on the class path: "
                    + engines.stream().map(StudentEngine::name).collect(Collectors.joining(", ")) + "; keep one");
        }
        return engines.get(0);
    }
}
