package io.github.siked.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWholeLeavesNoTemporaryAndOthersCanReadIt() throws IOException {
        Path target = dir.resolve("sub/metrics.json");
        AtomicFile.write(target, "old");
        AtomicFile.write(target, "new");
        assertEquals("new", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no .partial file left behind");
        }
        assumeTrue(target.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
}
