package io.github.siked.djl.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SafetensorsRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DType.class)
    void valuesTheTypeHoldsComeBackExactly(DType dtype) throws Exception {
        // Narrow random values once so that every value is representable in the type.
        float[] raw = randomValues(new Random(7), 6 * 5);
        float[] representable = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            representable[i] = dtype.widen(dtype.narrow(raw[i]));
        }
        FloatTensor tensor = new FloatTensor(new long[] {6, 5}, representable);
        Path file = dir.resolve("t.safetensors");
        new SafetensorsWriter().add("w", tensor, dtype).metadata("format", "pt").write(file);

        SafetensorsReader reader = SafetensorsReader.open(file);
        assertEquals(tensor, reader.read("w"));
        assertEquals(dtype, reader.entry("w").dtype());
        assertEquals("pt", reader.metadata().get("format"));
        byte[] first = Files.readAllBytes(file);
        new SafetensorsWriter()
                .add("w", reader.read("w"), dtype)
                .metadata("format", "pt")
                .write(file);
        assertArrayEquals(first, Files.readAllBytes(file), "rewriting what was read changes no byte");
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void tensorsLargerThanOneWriteChunkRoundTrip(DType dtype) throws Exception {
        int count = (1 << 18) * 2 + 5;
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = dtype.widen(dtype.narrow(i * 0.25f - 1000));
        }
        Path file = dir.resolve("big.safetensors");
        new SafetensorsWriter()
                .add("big", new FloatTensor(new long[] {count}, values), dtype)
                .write(file);
        assertArrayEquals(values, SafetensorsReader.open(file).read("big").values());
    }

    @Test
    void headerIsSortedAndDataIsEightByteAligned() throws Exception {
        Path file = dir.resolve("m.safetensors");
        new SafetensorsWriter()
                .add("zeta", new FloatTensor(new long[] {3}, new float[] {1, 2, 3}), DType.BF16)
                .add("alpha", new FloatTensor(new long[] {1, 1}, new float[] {4}), DType.F32)
                .add("mid", new FloatTensor(new long[] {}, new float[] {5}), DType.F16)
                .write(file);
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = bytes.getLong(0);
        assertEquals(0, headerLength % 8);
        String header = new String(Files.readAllBytes(file), 8, (int) headerLength).strip();
        assertTrue(
                header.indexOf("alpha") < header.indexOf("mid") && header.indexOf("mid") < header.indexOf("zeta"),
                header);
        assertTrue(header.contains("\"alpha\":{\"dtype\":\"F32\",\"shape\":[1,1],\"data_offsets\":[0,4]}"), header);
        assertEquals(8 + headerLength + 4 + 2 + 6, Files.size(file));
        SafetensorsReader reader = SafetensorsReader.open(file);
        assertEquals(java.util.List.of("alpha", "mid", "zeta"), java.util.List.copyOf(reader.names()));
        assertArrayEquals(new float[] {1, 2, 3}, reader.read("zeta").values());
        assertArrayEquals(new long[] {}, reader.read("mid").shape());
    }

    @Test
    void halfPrecisionRoundsToNearestEven() {
        assertEquals(0x3c00, DType.floatToHalf(1f));
        assertEquals(0x7bff, DType.floatToHalf(65504f));
        assertEquals(0x7c00, DType.floatToHalf(65520f), "halfway past the largest half is infinity");
        assertEquals(0x3c00, DType.floatToHalf(1 + 0x1p-11f), "a tie rounds to the even mantissa");
        assertEquals(0x3c02, DType.floatToHalf(1 + 3 * 0x1p-11f), "a tie rounds to the even mantissa");
        assertEquals(0x0001, DType.floatToHalf(0x1p-24f), "the smallest subnormal");
        assertEquals(0x0000, DType.floatToHalf(0x1p-25f), "half the smallest subnormal ties to zero");
        assertEquals(0x0001, DType.floatToHalf(1.5f * 0x1p-25f));
        assertEquals(0x8000, DType.floatToHalf(-0f));
        assertEquals(0xfc00, DType.floatToHalf(Float.NEGATIVE_INFINITY));
        assertTrue(Float.isNaN(DType.halfToFloat(DType.floatToHalf(Float.NaN))));
        assertEquals(0x1p-24f, DType.halfToFloat(1));
        assertEquals(-2f, DType.halfToFloat(0xc000));
    }

    @Test
    void bfloat16RoundsToNearestEven() {
        assertEquals(0x3f80, DType.floatToBfloat16(1f));
        assertEquals(0x3f80, DType.floatToBfloat16(1 + 0x1p-8f), "a tie rounds to the even mantissa");
        assertEquals(0x3f82, DType.floatToBfloat16(1 + 3 * 0x1p-8f), "a tie rounds to the even mantissa");
        assertEquals(0x3f81, DType.floatToBfloat16(1 + 0x1p-8f + 0x1p-20f));
        assertEquals(0x7f80, DType.floatToBfloat16(Float.MAX_VALUE), "overflow rounds to infinity");
        assertTrue(Float.isNaN(DType.BF16.widen(DType.floatToBfloat16(Float.NaN))));
    }

    static float[] randomValues(Random random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 4));
        }
        return values;
    }
}
