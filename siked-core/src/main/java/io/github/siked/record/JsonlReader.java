package io.github.siked.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams records from a JSONL file, one object a line, so memory does not grow with the file.
 * Blank lines are skipped. A line that is not a valid record throws a {@link
 * RecordFormatException} naming the file and the line.
 */
public final class JsonlReader<T> implements Iterator<T>, AutoCloseable {

    private final Path file;
    private final BufferedReader in;
    private final ObjectReader reader;
    private long line;
    private T next;

    private JsonlReader(Path file, Class<T> type) throws IOException {
        this.file = file;
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        this.reader = Jsonl.MAPPER.readerFor(type);
    }

    /**
     * Opens a JSONL file of records of one type.
     *
     * @throws RecordFormatException when the file cannot be opened
     */
    public static <T> JsonlReader<T> open(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new RecordFormatException(file, "no such file");
        }
        try {
            return new JsonlReader<>(file, type);
        } catch (IOException e) {
            throw new RecordFormatException(file, "cannot be read: " + e.getMessage());
        }
    }

    /** The 1-based number of the line the last record came from. */
    public long line() {
        return line;
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        try {
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    next = parse(text);
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " at line " + (line + 1), e);
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T record = next;
        next = null;
        return record;
    }

    private T parse(String text) {
        try {
            return reader.readValue(text);
        } catch (ValueInstantiationException e) {
            throw new RecordFormatException(file, line, Jsonl.describe(e));
        } catch (MismatchedInputException e) {
            throw new RecordFormatException(file, line, Jsonl.describe(e));
        } catch (JsonProcessingException e) {
            throw new RecordFormatException(file, line, "not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordFormatException(file, line, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
