package io.github.siked.djl.safetensors;

import java.util.Optional;

/**
 * The floating-point element types siked reads and writes in safetensors files, with their
 * conversions from and to Java's float. Half-precision values widen exactly; narrowing rounds to
 * the nearest value, ties to even, as PyTorch's {@code Tensor.to} does.
 */
public enum DType {
    F32(4),
    F16(2),
    BF16(2);

    private final int bytes;

    DType(int bytes) {
        this.bytes = bytes;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** The type a header's {@code dtype} names, or empty when siked does not read it. */
    public static Optional<DType> fromHeader(String name) {
        for (DType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Widens one stored element (its raw little-endian bits) to a float. */
    float widen(int bits) {
        return switch (this) {
            case F32 -> Float.intBitsToFloat(bits);
            case F16 -> halfToFloat(bits);
            case BF16 -> Float.intBitsToFloat(bits << 16);
        };
    }

    /** Narrows a float to this type's raw bits (in the low bytes of the result). */
    int narrow(float value) {
        return switch (this) {
            case F32 -> Float.floatToRawIntBits(value);
            case F16 -> floatToHalf(value);
            case BF16 -> floatToBfloat16(value);
        };
    }

    static float halfToFloat(int half) {
        int sign = (half & 0x8000) << 16;
        int exponent = (half >>> 10) & 0x1f;
        int mantissa = half & 0x3ff;
        if (exponent == 0) {
            // Zero or subnormal: mantissa * 2^-24 is exact in float.
            float magnitude = mantissa * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
    }

    static int floatToHalf(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xff;
        int mantissa = bits & 0x7fffff;
        if (exponent == 0xff) {
            // Infinity stays infinity; NaN stays a (quiet) NaN.
            return sign | 0x7c00 | (mantissa != 0 ? 0x200 | (mantissa >>> 13) : 0);
        }
        int halfExponent = exponent - 127 + 15;
        if (halfExponent >= 0x1f) {
            return sign | 0x7c00;
        }
        if (halfExponent <= 0) {
            // Subnormal in half: the 24-bit significand shifted right, rounded to nearest even.
            int shift = 14 - halfExponent;
            if (exponent == 0 || shift > 24) {
                return sign;
            }
            return sign | roundShift(mantissa | 0x800000, shift);
        }
        // A carry out of the rounded mantissa correctly bumps the exponent (up to infinity).
        return sign | ((halfExponent << 10) + roundShift(mantissa, 13));
    }

    static int floatToBfloat16(float value) {
        int bits = Float.floatToRawIntBits(value);
        if (Float.isNaN(value)) {
            return (bits >>> 16) | 0x40;
        }
        int roundingBias = 0x7fff + ((bits >>> 16) & 1);
        return (bits + roundingBias) >>> 16;
    }

    /** {@code value >> shift}, rounded to nearest with ties to even. */
    private static int roundShift(int value, int shift) {
        int kept = value >>> shift;
        int rest = value & ((1 << shift) - 1);
        int half = 1 << (shift - 1);
        if (rest > half || (rest == half && (kept & 1) == 1)) {
            kept++;
        }
        return kept;
    }
}
