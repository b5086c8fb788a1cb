package io.github.siked.record;

import java.nio.file.Path;

/** A record file that cannot be read; the message names the file, the line and what is wrong. */
public class RecordFormatException extends RuntimeException {

    private final Path file;
    private final long line;

    public RecordFormatException(Path file, long line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public RecordFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.line = 0;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is not on one line. */
    public long line() {
        return line;
    }
}
