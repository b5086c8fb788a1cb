package io.github.siked.engine;

import java.util.Locale;

/**
 * The arithmetic the student trains and samples in ({@code siked.train.precision}). {@code auto}
 * lets the engine choose for the device (DJL's: fp16 mixed precision on a GPU, fp32 on the CPU).
 * An engine refuses, with the reason, a precision it cannot run: DJL's refuses {@code bf16}, so the
 * message for an unknown value offers only what the default engine runs.
 */
public enum Precision {
    AUTO,
    FP32,
    FP16,
    BF16;

    /**
     * The value users write: {@code auto} (or blank), {@code fp32}, {@code fp16} or {@code bf16},
     * or the long names {@code float32}, {@code float16}, {@code half}, {@code bfloat16}.
     *
     * @throws IllegalArgumentException naming {@code siked.train.precision}, the value and the choices
     */
    public static Precision parse(String value) {
        String id = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (id) {
            case "auto", "" -> AUTO;
            case "fp32", "float32" -> FP32;
            case "fp16", "float16", "half" -> FP16;
            case "bf16", "bfloat16" -> BF16;
            default ->
                throw new IllegalArgumentException(EngineSettings.PRECISION + " '" + value + "' is not a precision:"
                        + " use auto (fp16 mixed precision on a GPU, fp32 on the CPU), fp32 or fp16");
        };
    }

    /** The lowercase id, as users write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
