package io.github.siked.data;

import java.nio.file.Path;

/**
 * Reads one upstream file format into a {@link Dataset}.
 *
 * <p>Implementations throw {@link io.github.siked.record.RecordFormatException} when the file is
 * malformed, naming the file, the line or record and what is wrong.
 */
@FunctionalInterface
public interface DatasetLoader {

    Dataset load(Path file);
}
