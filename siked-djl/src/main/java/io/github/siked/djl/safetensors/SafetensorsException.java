package io.github.siked.djl.safetensors;

import java.io.IOException;
import java.nio.file.Path;

/** A safetensors file or checkpoint directory that cannot be read; the message names the file. */
public class SafetensorsException extends IOException {

    private final Path file;

    public SafetensorsException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public SafetensorsException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
