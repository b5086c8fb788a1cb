package io.github.siked.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes records as JSONL to a temporary file beside the target and renames it into place on
 * {@link #commit()}, so a killed build never leaves a half-written file under the final name.
 * Closing without committing deletes the temporary file.
 */
public final class JsonlWriter implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final BufferedWriter out;
    private final ObjectWriter writer = Jsonl.MAPPER.writer();
    private long count;
    private boolean committed;

    private JsonlWriter(Path target) throws IOException {
        this.target = target;
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.temporary = parent.resolve("." + target.getFileName() + ".partial");
        this.out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    }

    /** Starts writing records that will appear at {@code target} on commit. */
    public static JsonlWriter create(Path target) {
        try {
            return new JsonlWriter(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Appends one record as one line. */
    public void write(Object record) {
        try {
            out.write(writer.writeValueAsString(record));
            out.write('\n');
            count++;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + record, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temporary, e);
        }
    }

    /** How many records were written so far. */
    public long count() {
        return count;
    }

    /** Flushes and moves the file to its final name, replacing any older one. */
    public void commit() {
        try {
            out.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + target, e);
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            out.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + temporary, e);
        }
    }
}
