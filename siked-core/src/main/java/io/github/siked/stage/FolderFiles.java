package io.github.siked.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a folder a stage reads or writes whole, such as a student model. Its manifest is
 * left out: a stage that rewrites it does not change the folder's hash.
 */
public final class FolderFiles {

    /** The manifest a stage keeps inside the folder it writes. */
    public static final String MANIFEST = "manifest.json";

    private FolderFiles() {}

    /** Every regular file below the folder, sorted, its manifest left out. */
    public static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(MANIFEST))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    /** One sha256 over the folder's files, by relative name and content, in name order. */
    public static String hash(Path folder) {
        StringBuilder all = new StringBuilder();
        for (Path file : list(folder)) {
            all.append(folder.relativize(file))
                    .append('\u0000')
                    .append(Sha256.of(file))
                    .append('\n');
        }
        return Sha256.of(all.toString());
    }
}
