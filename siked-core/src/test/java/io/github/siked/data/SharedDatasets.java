package io.github.siked.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published datasets shared beside the project (never copied into it). Tests that read them
 * skip, with the reason, where the folder is absent.
 */
final class SharedDatasets {

    private SharedDatasets() {}

    /** The shared folder: {@code -Dsiked.sharedDatasets}, else {@code ../shared/datasets} of the project root. */
    static Path root() {
        String property = System.getProperty("siked.sharedDatasets");
        Path dir =
                property != null && !property.isBlank() ? Path.of(property) : Path.of("..", "..", "shared", "datasets");
        assumeTrue(
                Files.isDirectory(dir),
                "the shared datasets folder " + dir.toAbsolutePath().normalize()
                        + " is absent: set -Dsiked.sharedDatasets=<folder> to run these tests");
        return dir;
    }

    /** A file inside the shared folder, skipping the test when it is absent. */
    static Path file(String relative) {
        Path file = root().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "the shared dataset file " + file + " is absent");
        return file;
    }

    /** A hand-written fixture under {@code src/test/resources/data/}. */
    static Path fixture(String name) {
        return Path.of("src", "test", "resources", "data", name);
    }
}
