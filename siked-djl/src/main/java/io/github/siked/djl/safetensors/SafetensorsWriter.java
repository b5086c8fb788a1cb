package io.github.siked.djl.safetensors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a safetensors file: tensors in name order, the JSON header padded with spaces to a
 * multiple of 8 bytes so the data starts 8-byte aligned, as the reference writer does. The file is
 * written under a temporary name and renamed, so a killed process never leaves half a file.
 */
public final class SafetensorsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK_ELEMENTS = 1 << 18;

    private record Stored(FloatTensor tensor, DType dtype) {}

    private final Map<String, Stored> tensors = new TreeMap<>();
    private final Map<String, String> metadata = new TreeMap<>();

    /** Adds a tensor, to be stored as {@code dtype} (narrowed with round-to-nearest-even). */
    public SafetensorsWriter add(String name, FloatTensor tensor, DType dtype) {
        if (name == null || name.isEmpty() || name.equals("__metadata__")) {
            throw new IllegalArgumentException("a tensor name must be non-empty and not __metadata__");
        }
        if (tensors.put(name, new Stored(tensor, dtype)) != null) {
            throw new IllegalArgumentException("tensor " + name + " was added twice");
        }
        return this;
    }

    /** Adds a {@code __metadata__} entry, such as {@code format: pt}. */
    public SafetensorsWriter metadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    /** Writes everything added so far to {@code file}. */
    public void write(Path file) throws IOException {
        byte[] header = header();
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 20)) {
            ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            out.write(length.putLong(header.length).array());
            out.write(header);
            for (Stored stored : tensors.values()) {
                encode(stored, out);
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private byte[] header() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode meta = root.putObject("__metadata__");
            metadata.forEach(meta::put);
        }
        long offset = 0;
        for (Map.Entry<String, Stored> entry : tensors.entrySet()) {
            Stored stored = entry.getValue();
            ObjectNode node = root.putObject(entry.getKey());
            node.put("dtype", stored.dtype().name());
            ArrayNode shape = node.putArray("shape");
            for (long dimension : stored.tensor().shape()) {
                shape.add(dimension);
            }
            long size = (long) stored.tensor().values().length * stored.dtype().bytes();
            node.putArray("data_offsets").add(offset).add(offset + size);
            offset += size;
        }
        byte[] json = JSON.writeValueAsBytes(root);
        int padded = (json.length + 7) / 8 * 8;
        byte[] header = new byte[padded];
        System.arraycopy(json, 0, header, 0, json.length);
        for (int i = json.length; i < padded; i++) {
            header[i] = ' ';
        }
        return header;
    }

    /** Writes one tensor's bytes in chunks, so tensors past 2 GiB (a 7B model's embedding) fit. */
    private static void encode(Stored stored, OutputStream out) throws IOException {
        float[] values = stored.tensor().values();
        DType dtype = stored.dtype();
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_ELEMENTS * dtype.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (int start = 0; start < values.length; start += CHUNK_ELEMENTS) {
            int count = Math.min(CHUNK_ELEMENTS, values.length - start);
            chunk.clear();
            if (dtype == DType.F32) {
                chunk.asFloatBuffer().put(values, start, count);
            } else {
                for (int i = 0; i < count; i++) {
                    chunk.putShort(2 * i, (short) dtype.narrow(values[start + i]));
                }
            }
            out.write(chunk.array(), 0, count * dtype.bytes());
        }
    }
}
