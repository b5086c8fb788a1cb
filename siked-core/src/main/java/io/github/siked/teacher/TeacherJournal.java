package io.github.siked.teacher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.siked.event.EventListener;
import io.github.siked.record.Jsonl;
import io.github.siked.record.RecordFormatException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generation stage's append-only record of answered requests: each answer is written and
 * flushed as it arrives, so a build killed at any moment (even {@code kill -9}) loses at most the
 * requests in flight, and the next run asks only for what is missing.
 *
 * <p>A kill can cut the last line short; on opening, such a tail is dropped (and the file cut back
 * to its last whole line) with a warning. A bad line anywhere else is an error naming the line:
 * the journal was edited or damaged, and guessing would be worse.
 */
public final class TeacherJournal implements AutoCloseable {

    private static final ObjectReader READER = Jsonl.MAPPER.readerFor(TeacherCall.class);
    private static final ObjectWriter WRITER = Jsonl.MAPPER.writerFor(TeacherCall.class);

    private final Path file;
    private final Map<String, TeacherCall> calls;
    private final OutputStream out;

    private TeacherJournal(Path file, Map<String, TeacherCall> calls, OutputStream out) {
        this.file = file;
        this.calls = calls;
        this.out = out;
    }

    /** Opens (or creates) a journal and reads the calls it already holds. */
    public static TeacherJournal open(Path file, EventListener listener) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Map<String, TeacherCall> calls = new LinkedHashMap<>();
            if (Files.exists(file)) {
                long whole = readWholeLines(file, calls, listener);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    if (channel.size() > whole) {
                        channel.truncate(whole);
                    }
                }
            }
            OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return new TeacherJournal(file, calls, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the teacher journal " + file, e);
        }
    }

    /** The calls answered so far, by key. */
    public synchronized Map<String, TeacherCall> calls() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(calls));
    }

    /** Whether the request with this key was answered. */
    public synchronized boolean contains(String key) {
        return calls.containsKey(key);
    }

    /** Appends one answered request and flushes it to the operating system before returning. */
    public synchronized void append(TeacherCall call) {
        try {
            out.write((WRITER.writeValueAsString(call) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            calls.put(call.key(), call);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the teacher journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the teacher journal " + file, e);
        }
    }

    /** Reads every whole line; returns the byte length of the valid prefix. */
    private static long readWholeLines(Path file, Map<String, TeacherCall> calls, EventListener listener)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long valid = 0;
        int start = 0;
        long line = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            line++;
            if (end < 0) {
                listener.warn("teacher journal " + file + ": dropped an unfinished last line (" + (bytes.length - start)
                        + " bytes), left by an interrupted run; its request will be asked again");
                break;
            }
            String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (!text.isBlank()) {
                try {
                    TeacherCall call = READER.readValue(text);
                    calls.put(call.key(), call);
                } catch (JsonProcessingException e) {
                    throw new RecordFormatException(
                            file,
                            line,
                            "not a teacher call: " + e.getOriginalMessage()
                                    + "; the journal is damaged: delete it to ask the teacher again (the shared cache still"
                                    + " answers what it holds)");
                }
            }
            start = end + 1;
            valid = start;
        }
        return valid;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
