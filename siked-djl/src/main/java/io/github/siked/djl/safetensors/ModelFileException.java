package io.github.siked.djl.safetensors;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file of a model folder that siked cannot read or run: a safetensors file or index whose bytes
 * are wrong, or a config.json with a missing key or a setting this decoder does not implement. The
 * message starts with the file and names the key or tensor at fault.
 */
public class ModelFileException extends IOException {

    private final Path file;

    public ModelFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ModelFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
