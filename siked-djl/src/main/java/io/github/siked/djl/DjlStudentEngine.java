package io.github.siked.djl;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.sample.DjlSampler;
import io.github.siked.djl.tokenizer.HfStudentTokenizer;
import io.github.siked.djl.train.DjlStudentTrainer;
import io.github.siked.event.EventListener;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.StudentFormatFile;
import io.github.siked.student.StudentSampler;
import io.github.siked.student.StudentTrainer;
import io.github.siked.student.WordTokenizerFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The student on DJL's PyTorch engine, found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.github.siked.student.StudentEngine}.
 */
public final class DjlStudentEngine implements StudentEngine {

  /** Steps between checkpoints: a killed run loses at most this many. */
  static final int CHECKPOINT_EVERY = 200;

  /** Steps between progress lines. */
  static final int LOG_EVERY = 10;

  @Override
  public String name() {
    return "djl-pytorch";
  }

  @Override
  public StudentTrainer trainer() {
    return new DjlStudentTrainer(CHECKPOINT_EVERY, LOG_EVERY);
  }

  /**
   * Opens a student siked trained (its {@code word-tokenizer.json} and {@code student-format.json}
   * beside the weights) or a Hugging Face model directory ({@code tokenizer.json}; sampled with the
   * bundled tagged format).
   */
  @Override
  public StudentSampler sampler(Path modelDir, int iteration) throws IOException {
    StudentFormat format = Files.exists(modelDir.resolve(StudentFormatFile.FILE_NAME))
        ? StudentFormatFile.load(modelDir)
        : StudentFormat.tagged();
    NDManager manager = NDManager.newBaseManager();
    try {
      Decoder decoder = Decoder.load(modelDir, manager);
      if (Files.exists(modelDir.resolve(WordTokenizerFile.FILE_NAME))) {
        return new DjlSampler(manager, decoder, new StudentEncoder(format, WordTokenizerFile.load(modelDir)), iteration);
      }
      HfStudentTokenizer tokenizer = HfStudentTokenizer.open(modelDir, decoder.config().vocabSize());
      return new ClosingTokenizer(new DjlSampler(manager, decoder, new StudentEncoder(format, tokenizer), iteration), tokenizer);
    } catch (IOException | RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  /** A sampler that also frees the native Hugging Face tokenizer when closed. */
  private record ClosingTokenizer(DjlSampler sampler, HfStudentTokenizer tokenizer) implements StudentSampler {
    @Override
    public List<Sample> sample(SampleConfig config, List<Problem> problems, Optional<Strategy> forced, EventListener events)
        throws IOException {
      return sampler.sample(config, problems, forced, events);
    }

    @Override
    public void close() {
      try {
        sampler.close();
      } finally {
        tokenizer.close();
      }
    }
  }
}
