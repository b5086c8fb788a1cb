package io.github.siked.djl.model;

import java.io.IOException;
import java.nio.file.Path;

/** A model directory that siked cannot run; the message names the file and the key or tensor. */
public class ModelConfigException extends IOException {

    private final Path file;

    public ModelConfigException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ModelConfigException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
