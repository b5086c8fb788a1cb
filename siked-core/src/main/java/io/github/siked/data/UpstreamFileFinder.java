package io.github.siked.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a dataset's upstream file anywhere below the data directory by its upstream name.
 *
 * <p>GSM8K's {@code train.jsonl} and {@code test.jsonl} are generic names that other datasets use
 * too, so among several candidates the one whose path below the data directory mentions GSM8K
 * wins. Any other choice between several files would be a guess: it is an error that names them.
 */
public final class UpstreamFileFinder {

    /** Words in a path below the data directory that mark a generic file name as this dataset's. */
    private static final Map<String, List<String>> PATH_HINTS = Map.of(
            "gsm8k-train", List.of("gsm8k", "grade-school-math", "grade_school_math"),
            "gsm8k-test", List.of("gsm8k", "grade-school-math", "grade_school_math"));

    private final Path dataDir;

    public UpstreamFileFinder(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /**
     * The one file of this source below the data directory.
     *
     * @return the file, or empty when there is none
     * @throws DatasetException when several files match and no path hint singles one out
     */
    public Optional<Path> find(DatasetSource source) {
        List<Path> candidates = candidates(source.fileName());
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        List<String> hints = PATH_HINTS.getOrDefault(source.name(), List.of());
        List<Path> hinted = candidates.stream().filter(p -> mentions(p, hints)).toList();
        if (hinted.size() == 1) {
            return Optional.of(hinted.get(0));
        }
        List<Path> ambiguous = hinted.isEmpty() ? candidates : hinted;
        throw new DatasetException("dataset " + source.name() + ": " + ambiguous.size() + " files named "
                + source.fileName()
                + " below " + dataDir + ", cannot tell which to read:\n  "
                + ambiguous.stream().map(Path::toString).collect(Collectors.joining("\n  "))
                + "\nkeep one of them there, or point siked.dataDir at a folder holding only the right one"
                + (hints.isEmpty() ? "" : " (a path mentioning " + String.join(" or ", hints) + " is preferred)"));
    }

    private List<Path> candidates(String fileName) {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dataDir, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(p -> p.getFileName() != null
                            && p.getFileName().toString().equals(fileName))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetException("cannot search " + dataDir + " for " + fileName + ": " + e.getMessage(), e);
        }
    }

    private boolean mentions(Path file, List<String> hints) {
        String below = dataDir.relativize(file).toString().toLowerCase(Locale.ROOT);
        return hints.stream().anyMatch(below::contains);
    }
}
