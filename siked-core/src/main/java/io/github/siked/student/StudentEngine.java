package io.github.siked.student;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An implementation of the student: DJL's in {@code siked-djl}. The core names no engine; the
 * plugin finds one with {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/io.github.siked.student.StudentEngine} entry in the engine's jar).
 */
public interface StudentEngine {

  /** A short name for logs and manifests, for instance {@code djl-pytorch}. */
  String name();

  /** A trainer. */
  StudentTrainer trainer();

  /**
   * Opens a trained student for sampling.
   *
   * @param modelDir a directory a {@link StudentTrainer} wrote, or a Hugging Face model directory
   * @param iteration the distillation iteration written into each sample record
   * @throws IOException when the model cannot be read
   */
  StudentSampler sampler(Path modelDir, int iteration) throws IOException;
}
