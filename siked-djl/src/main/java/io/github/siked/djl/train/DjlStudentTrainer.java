package io.github.siked.djl.train;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.device.Placement;
import io.github.siked.djl.model.ConfigJson;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.HfExport;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.model.ModelConfigException;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.SafetensorsException;
import io.github.siked.event.EventListener;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentFormatFile;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainResult;
import io.github.siked.student.TrainingExample;
import io.github.siked.student.UnknownPieces;
import io.github.siked.student.WordTokenizer;
import io.github.siked.student.WordTokenizerFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The DJL engine's {@link io.github.siked.student.StudentTrainer} for word-tokenizer students:
 * from scratch (a start directory with config.json and no weights: the vocabulary is built from
 * the examples and overrides vocab_size) or from a previous student (config.json, weights and
 * word-tokenizer.json). Writes the trained model in Hugging Face layout with its tokenizer, and,
 * with LoRA, the weights merged into the base plus the adapter in PEFT layout under {@code
 * adapter/}. The checkpoint lives in {@code checkpoint/} until the model is written, so a killed
 * run resumes there.
 */
public final class DjlStudentTrainer implements io.github.siked.student.StudentTrainer {

  private final Placement placement;
  private final int checkpointEvery;
  private final int logEvery;

  /**
   * @param placement the device the model, batches and optimizer state live on
   * @param checkpointEvery optimizer steps between checkpoints, 0 for none
   * @param logEvery optimizer steps between log lines
   */
  public DjlStudentTrainer(Placement placement, int checkpointEvery, int logEvery) {
    this.placement = placement;
    this.checkpointEvery = checkpointEvery;
    this.logEvery = logEvery;
  }

  /** A trainer on the CPU. */
  public DjlStudentTrainer(int checkpointEvery, int logEvery) {
    this(Placement.cpu(), checkpointEvery, logEvery);
  }

  @Override
  public TrainResult train(Path start, TrainConfig config, List<TrainingExample> examples,
      Path outputDir, EventListener events) throws IOException {
    boolean fromScratch = !Files.exists(start.resolve("model.safetensors"))
        && !Files.exists(start.resolve("model.safetensors.index.json"));
    if (!fromScratch && !Files.exists(start.resolve(WordTokenizerFile.FILE_NAME))) {
      throw new IOException("no " + WordTokenizerFile.FILE_NAME + " in " + start + ": this trainer"
          + " reads word-tokenizer students only; a Hugging Face model's tokenizer.json is not"
          + " supported by it yet");
    }
    WordTokenizer tokenizer = fromScratch
        ? WordTokenizer.forExamples(config.format(), examples) : WordTokenizerFile.load(start);
    StudentEncoder encoder = new StudentEncoder(config.format(), tokenizer);
    UnknownPieces.tally(tokenizer, examples.stream()
        .map(e -> config.format().trainingText(e.question(), e.strategy(), e.rationale())).toList())
        .warning().ifPresent(events::warn);
    List<TokenizedExample> encoded = examples.stream()
        .map(e -> encoder.encode(e, config.lossWeight(e.strategy()))).toList();
    Files.createDirectories(outputDir);
    Path checkpoints = outputDir.resolve("checkpoint");
    events.info(placement.describe() + ", fp32");
    try (NDManager manager = NDManager.newBaseManager(placement.device());
        Decoder decoder = open(start, fromScratch, tokenizer, config.seed(), manager)) {
      Optional<LoraAdapter> lora = config.lora()
          .map(l -> new LoraAdapter(decoder.config(), l, config.seed(), manager));
      try {
        TrainingLoop.Outcome outcome = new TrainingLoop(decoder, lora, config,
            new TrainingLoop.Options(checkpoints, checkpointEvery, logEvery, -1), events)
            .run(encoded, tokenizer.padId());
        // Export: Hugging Face layout (merged with LoRA), the adapter in PEFT layout, the tokenizer.
        if (lora.isPresent()) {
          LoraExport.saveMerged(decoder, lora.get(), outputDir, DType.F32);
          LoraExport.savePeft(lora.get(), decoder.config(), start.toAbsolutePath().toString(),
              outputDir.resolve("adapter"));
        } else {
          HfExport.save(decoder, outputDir, DType.F32);
        }
        WordTokenizerFile.save(tokenizer, outputDir);
        StudentFormatFile.save(config.format(), outputDir);
        Files.deleteIfExists(checkpoints.resolve(TrainCheckpoint.FILE));
        Files.deleteIfExists(checkpoints);
        return new TrainResult(outputDir, outcome.steps(), outcome.tokens(), outcome.lastLoss(),
            outcome.elapsed(), outcome.truncated(), outcome.rejected());
      } finally {
        lora.ifPresent(LoraAdapter::close);
      }
    }
  }

  private static Decoder open(Path start, boolean fromScratch, WordTokenizer tokenizer, long seed,
      NDManager manager) throws IOException {
    try {
      if (!fromScratch) {
        Decoder decoder = Decoder.load(start, manager);
        if (decoder.config().vocabSize() != tokenizer.vocabularySize()) {
          decoder.close();
          throw new IOException("tokenizer mismatch in " + start + ": word-tokenizer.json has "
              + tokenizer.vocabularySize() + " tokens but config.json's vocab_size is "
              + decoder.config().vocabSize());
        }
        return decoder;
      }
      ModelConfig c = ConfigJson.read(start.resolve("config.json"));
      ModelConfig sized = new ModelConfig(c.architecture(), tokenizer.vocabularySize(),
          c.hiddenSize(), c.intermediateSize(), c.numLayers(), c.numHeads(), c.numKvHeads(),
          c.headDim(), c.rmsNormEps(), c.ropeTheta(), c.maxPositions(), c.tieWordEmbeddings(),
          c.activation(), c.attentionBias());
      return Decoder.random(sized, seed, manager);
    } catch (ModelConfigException | SafetensorsException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
