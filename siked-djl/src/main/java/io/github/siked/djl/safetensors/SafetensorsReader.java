package io.github.siked.djl.safetensors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads one safetensors file: an 8-byte little-endian header length, a JSON header
 * {@code {name: {dtype, shape, data_offsets}, "__metadata__": {...}}}, then the raw bytes.
 * Tensors are read one at a time with positional reads, widened to float32 in Java (DJL 0.35.1
 * aborts the JVM on bf16 arrays), so the file is never held open between reads.
 */
public final class SafetensorsReader {

    /** Headers larger than this are refused as corrupt, as the reference implementation does. */
    static final long MAX_HEADER_BYTES = 100L << 20;

    private static final int CHUNK_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final long dataStart;
    private final Map<String, TensorEntry> entries;
    private final Map<String, String> metadata;

    private SafetensorsReader(
            Path file, long dataStart, Map<String, TensorEntry> entries, Map<String, String> metadata) {
        this.file = file;
        this.dataStart = dataStart;
        this.entries = entries;
        this.metadata = metadata;
    }

    /** Reads and checks the header of {@code file}. */
    public static SafetensorsReader open(Path file) throws ModelFileException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 8) {
                throw new ModelFileException(
                        file, "truncated: " + size + " bytes, shorter than the 8-byte header length");
            }
            ByteBuffer lengthBytes = readFully(channel, 0, 8, file);
            long headerLength = lengthBytes.order(ByteOrder.LITTLE_ENDIAN).getLong(0);
            if (headerLength < 2 || headerLength > MAX_HEADER_BYTES) {
                throw new ModelFileException(
                        file,
                        "bad header: its length field says " + headerLength + " bytes; is this a safetensors file?");
            }
            if (8 + headerLength > size) {
                throw new ModelFileException(
                        file, "truncated: the header needs " + (8 + headerLength) + " bytes but the file has " + size);
            }
            ByteBuffer headerBytes = readFully(channel, 8, (int) headerLength, file);
            String header = StandardCharsets.UTF_8.decode(headerBytes).toString();
            long dataStart = 8 + headerLength;
            SafetensorsReader reader = parse(file, header, dataStart);
            reader.checkExtents(size - dataStart);
            return reader;
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file", e);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** Tensor names in the order the header lists them. */
    public Set<String> names() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** The header entry of {@code name}, or null when the file has no such tensor. */
    public TensorEntry entry(String name) {
        return entries.get(name);
    }

    /** The header's {@code __metadata__} (empty when absent). */
    public Map<String, String> metadata() {
        return Collections.unmodifiableMap(metadata);
    }

    /** Reads tensor {@code name}, widened to float32. */
    public FloatTensor read(String name) throws ModelFileException {
        TensorEntry entry = entries.get(name);
        if (entry == null) {
            throw new ModelFileException(file, "has no tensor named " + name);
        }
        int count = (int) FloatTensor.elementCount(entry.shape());
        float[] values = new float[count];
        int size = entry.dtype().bytes();
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = dataStart + entry.begin();
            int done = 0;
            while (done < count) {
                int batch = Math.min(count - done, CHUNK_BYTES / size);
                chunk.clear().limit(batch * size);
                while (chunk.hasRemaining()) {
                    if (channel.read(chunk, position + chunk.position()) < 0) {
                        throw new ModelFileException(file, "truncated while reading tensor " + name);
                    }
                }
                chunk.flip();
                widen(entry.dtype(), chunk, values, done, batch);
                position += (long) batch * size;
                done += batch;
            }
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot read tensor " + name + ": " + e.getMessage(), e);
        }
        return new FloatTensor(entry.shape(), values);
    }

    private static void widen(DType dtype, ByteBuffer bytes, float[] out, int offset, int count) {
        switch (dtype) {
            case F32 -> bytes.asFloatBuffer().get(out, offset, count);
            case F16, BF16 -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = dtype.widen(bytes.getShort(2 * i) & 0xffff);
                }
            }
        }
    }

    private static SafetensorsReader parse(Path file, String header, long dataStart) throws ModelFileException {
        JsonNode root;
        try {
            root = JSON.readTree(header);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, "bad header: not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelFileException(file, "bad header: expected a JSON object");
        }
        Map<String, TensorEntry> entries = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("__metadata__")) {
                field.getValue()
                        .fields()
                        .forEachRemaining(
                                m -> metadata.put(m.getKey(), m.getValue().asText()));
            } else {
                entries.put(field.getKey(), HeaderEntries.parse(file, field.getKey(), field.getValue()));
            }
        }
        return new SafetensorsReader(file, dataStart, entries, metadata);
    }

    private void checkExtents(long dataBytes) throws ModelFileException {
        for (TensorEntry entry : entries.values()) {
            if (entry.end() > dataBytes) {
                throw new ModelFileException(
                        file,
                        "truncated: tensor " + entry.name() + " ends at data byte " + entry.end()
                                + " but the file holds " + dataBytes + " data bytes");
            }
        }
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length, Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new ModelFileException(file, "truncated at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }
}
