package io.github.siked.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a whole file under a temporary name and renames it into place, so that a killed build
 * leaves either the old file or the new one, never half of one.
 */
public final class AtomicFile {

    private AtomicFile() {}

    public static void write(Path target, String content) {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            // A unique temporary name: two builds may write the same shared-cache entry at once.
            Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".partial");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            readableByAll(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * {@code rw-r--r--}: a temporary file is created private to its owner, but results and stage
     * files are meant to be read by others (a shared runner, a web server for {@code results/}).
     */
    static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
