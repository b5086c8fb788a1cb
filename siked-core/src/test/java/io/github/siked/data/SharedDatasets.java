package io.github.siked.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published datasets shared beside the project (never copied into it). Tests that read them
 * skip, with the reason, where the folder is absent.
 */
final class SharedDatasets {

    /** Each published dataset's file in the shared folder: the whole file, or for ASDiv and MultiArith a sample. */
    private static final Map<String, String> FILES = Map.of(
            "gsm8k-train",
            "gsm8k/train.jsonl",
            "gsm8k-test",
            "gsm8k/test.jsonl",
            SvampLoader.NAME,
            "svamp/SVAMP.json",
            MultiArithLoader.NAME,
            "samples/MultiArith-sample.json",
            AsdivLoader.NAME,
            "samples/ASDiv-sample.xml",
            GsmHardLoader.NAME,
            "gsm_hard/gsmhardv2.jsonl");

    /** What {@link #read} has read: the GSM8K training split alone takes a second. */
    private static final Map<String, Dataset> READ = new ConcurrentHashMap<>();

    private SharedDatasets() {}

    /** A published dataset as its loader reads the shared file, read once for all tests. */
    static Dataset read(String dataset) {
        return READ.computeIfAbsent(dataset, name -> loader(name).load(file(FILES.get(name))));
    }

    /** The loader of a dataset name, as {@link DatasetResolver} picks it; other names read problem records. */
    static DatasetLoader loader(String dataset) {
        return switch (dataset) {
            case AsdivLoader.NAME -> new AsdivLoader();
            case GsmHardLoader.NAME -> new GsmHardLoader();
            case MultiArithLoader.NAME -> new MultiArithLoader();
            case SvampLoader.NAME -> new SvampLoader();
            case "gsm8k-train", "gsm8k-test" -> new Gsm8kLoader(dataset);
            default -> new ProblemJsonlLoader(dataset);
        };
    }

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
