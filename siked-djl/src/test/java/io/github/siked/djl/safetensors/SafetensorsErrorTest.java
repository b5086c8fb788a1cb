package io.github.siked.djl.safetensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsErrorTest {

    @TempDir
    Path dir;

    @Test
    void truncatedDataNamesTheFileAndTheTensor() throws Exception {
        Path file = dir.resolve("cut.safetensors");
        new SafetensorsWriter()
                .add("w", new FloatTensor(new long[] {4}, new float[] {1, 2, 3, 4}), DType.F32)
                .write(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        ModelFileException e = assertThrows(ModelFileException.class, () -> SafetensorsReader.open(file));
        assertEquals(
                file + ": truncated: tensor w ends at data byte 16 but the file holds 13 data bytes", e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void truncatedHeader() throws Exception {
        Path file = write("short.safetensors", 400, "{}");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SafetensorsReader.open(file));
        assertEquals(file + ": truncated: the header needs 408 bytes but the file has 10", e.getMessage());
        Files.write(file, new byte[] {1, 2});
        e = assertThrows(ModelFileException.class, () -> SafetensorsReader.open(file));
        assertEquals(file + ": truncated: 2 bytes, shorter than the 8-byte header length", e.getMessage());
    }

    @Test
    void headerThatIsNotJson() throws Exception {
        Path file = write("bad.safetensors", 8, "{\"w\": [}");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SafetensorsReader.open(file));
        assertEquals(true, e.getMessage().startsWith(file + ": bad header: not JSON ("), e.getMessage());
    }

    @Test
    void absurdHeaderLength() throws Exception {
        Path file = write("huge.safetensors", 1L << 40, "{}");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SafetensorsReader.open(file));
        assertEquals(
                file + ": bad header: its length field says 1099511627776 bytes;" + " is this a safetensors file?",
                e.getMessage());
    }

    @Test
    void unknownDtypeSaysWhatIsRead() throws Exception {
        String header = "{\"ids\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]}}";
        Path file = write("ints.safetensors", header.length(), header + "\0\0\0\0\0\0\0\0");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SafetensorsReader.open(file));
        assertEquals(
                file + ": tensor ids has dtype 'I64', which siked cannot read:" + " store weights as F32, F16 or BF16",
                e.getMessage());
    }

    @Test
    void offsetsThatDisagreeWithTheShape() throws Exception {
        String header = "{\"w\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[0,4]}}";
        Path file = write("mismatch.safetensors", header.length(), header + "\0\0\0\0");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SafetensorsReader.open(file));
        assertEquals(
                file + ": bad header: tensor w has data_offsets [0,4] but shape [3] of F16 needs" + " 6 bytes",
                e.getMessage());
    }

    @Test
    void missingTensor() throws Exception {
        Path file = dir.resolve("one.safetensors");
        new SafetensorsWriter()
                .add("a", new FloatTensor(new long[] {1}, new float[] {1}), DType.F32)
                .write(file);
        ModelFileException e = assertThrows(
                ModelFileException.class, () -> SafetensorsReader.open(file).read("b"));
        assertEquals(file + ": has no tensor named b", e.getMessage());
    }

    private Path write(String name, long headerLength, String rest) throws Exception {
        Path file = dir.resolve(name);
        ByteBuffer length =
                ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(headerLength);
        byte[] tail = rest.getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(length.array(), 8 + tail.length);
        System.arraycopy(tail, 0, bytes, 8, tail.length);
        Files.write(file, bytes);
        return file;
    }
}
