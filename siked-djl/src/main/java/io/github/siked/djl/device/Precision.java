package io.github.siked.djl.device;

import java.util.Locale;

/**
 * The {@code siked.train.precision} setting: the arithmetic training uses. The values are those
 * of fp16 mixed precision (Micikevicius et al., <a href="https://arxiv.org/abs/1710.03740">arXiv
 * 1710.03740</a>: fp32 master weights and optimizer state, forward and backward in fp16, dynamic
 * loss scaling), which {@code auto} is meant to pick on a GPU; {@link #resolve} says what this
 * build can run. bfloat16 is refused with the reason: DJL 0.35.1's PyTorch engine ends the JVM on
 * any bfloat16 array.
 */
public enum Precision {
  AUTO,
  FP32,
  FP16;

  /** The key users set, as a system property or a Mojo parameter. */
  public static final String KEY = "siked.train.precision";

  /** The value of {@code siked.train.precision}: {@code auto}, {@code fp32} or {@code fp16}. */
  public static Precision parse(String value) {
    String id = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return switch (id) {
      case "auto", "" -> AUTO;
      case "fp32", "float32" -> FP32;
      case "fp16", "float16", "half" -> FP16;
      case "bf16", "bfloat16" -> throw new IllegalArgumentException(KEY + "=" + value + " is not"
          + " available: DJL 0.35.1's PyTorch engine aborts the JVM on any bfloat16 array"
          + " (\"terminate called without an active exception\"); use auto or fp32");
      default -> throw new IllegalArgumentException(KEY + " '" + value + "' is not a precision:"
          + " use auto or fp32 (fp16 and bf16 are not available in this build)");
    };
  }

  /**
   * The arithmetic training runs in: always {@link #FP32} in this build. fp16 mixed precision
   * needs a forward pass in fp16, and the decoder builds its RoPE tables, rotation matrix and
   * attention mask in float32, which PyTorch will not multiply with fp16 activations; so
   * {@code auto} trains in fp32 on every device and an explicit {@code fp16} is refused.
   *
   * @throws IllegalArgumentException for {@code fp16}
   */
  public Precision resolve() {
    if (this == FP16) {
      throw new IllegalArgumentException(KEY + "=fp16 is not available in this build: the"
          + " decoder computes in float32 only (its RoPE tables and attention mask are float32),"
          + " so there is no fp16 forward pass to train through; use auto or fp32");
    }
    return FP32;
  }

  /** The lowercase id, as users write it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
