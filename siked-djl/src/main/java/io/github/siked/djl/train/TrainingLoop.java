package io.github.siked.djl.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.github.siked.djl.model.Adapter;
import io.github.siked.djl.model.Decoder;
import io.github.siked.event.EventListener;
import io.github.siked.student.Batch;
import io.github.siked.student.Packer;
import io.github.siked.student.Packing;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Supervised fine-tuning of a decoder on packed examples: loss on response tokens, AdamW, warmup
 * then decay, gradient accumulation and clipping, checkpoints and resume. Trains every weight, or
 * only a {@link LoraAdapter}'s when one is given (the base stays frozen).
 */
final class TrainingLoop {

  /**
   * @param checkpointDir where the checkpoint is kept; a run finding one there resumes from it
   * @param checkpointEvery optimizer steps between checkpoints, 0 for none
   * @param logEvery optimizer steps between log lines
   * @param stopAfter stop after this many optimizer steps in all (a time box: the run resumes from
   *     its checkpoint later), or -1 to train to the end
   */
  record Options(Path checkpointDir, int checkpointEvery, int logEvery, long stopAfter) {
    Options {
      if (checkpointEvery < 0 || logEvery < 1) {
        throw new IllegalArgumentException("checkpointEvery must be 0 or more, logEvery 1 or more");
      }
    }
  }

  /**
   * What a run did: optimizer steps done, example tokens seen, the last logged loss, and the
   * first epoch's examples cut or left out by packing.
   */
  record Outcome(long steps, long totalSteps, long tokens, double lastLoss, Duration elapsed,
      int truncated, int rejected) {}

  private final Decoder decoder;
  private final Optional<LoraAdapter> lora;
  private final TrainConfig config;
  private final Options options;
  private final EventListener events;

  TrainingLoop(Decoder decoder, Optional<LoraAdapter> lora, TrainConfig config, Options options,
      EventListener events) {
    this.decoder = decoder;
    this.lora = lora;
    this.config = config;
    this.options = options;
    this.events = events;
  }

  Outcome run(List<TokenizedExample> examples, int padId) throws IOException {
    long start = System.nanoTime();
    // Plan: pack every epoch (layouts only; arrays are filled when read) and count the steps.
    Packer packer = new Packer(config.maxLength(), config.overflow(), padId);
    List<List<Batch>> epochs = new ArrayList<>();
    long totalSteps = 0;
    Packing first = null;
    for (int epoch = 0; epoch < config.epochs(); epoch++) {
      Packing packing = packer.pack(examples, config.seed() + epoch);
      if (epoch == 0) {
        first = packing;
        events.info(packing.describe());
      }
      epochs.add(packing.batches(config.batchSize()));
      totalSteps += stepsIn(epochs.get(epoch));
    }
    if (totalSteps == 0) {
      throw new IllegalArgumentException("no example fits a row of siked.train.maxLength="
          + config.maxLength() + ": raise it, or set siked.train.overflow to truncate");
    }
    LearningRate rate = LearningRate.of(config.learningRate(), config.schedule(),
        config.warmupRatio(), totalSteps);
    Map<String, NDArray> trainable = lora.map(LoraAdapter::parameters)
        .orElseGet(() -> decoder.weights().parameters());
    Adapter adapter = lora.<Adapter>map(a -> a).orElse(Adapter.NONE);
    trainable.values().forEach(p -> p.setRequiresGradient(true));
    lora.ifPresent(a -> a.training(true));
    String fingerprint = RunFingerprint.of(config, decoder.config(), examples);

    // The optimizer's moments and each step's arrays on the weights' device.
    Device device = trainable.values().iterator().next().getDevice();
    try (NDManager manager = NDManager.newBaseManager(device);
        AdamW optimizer = new AdamW(trainable, config.weightDecay(), manager)) {
      // Resume: weights and moments from the last checkpoint, if this run left one.
      long step = 0;
      Optional<TrainCheckpoint> checkpoint = TrainCheckpoint.load(options.checkpointDir());
      if (checkpoint.isPresent()) {
        checkpoint.get().restore(fingerprint, trainable, optimizer);
        step = checkpoint.get().step();
        events.info("resuming at step " + step + " of " + totalSteps + " from "
            + options.checkpointDir().resolve(TrainCheckpoint.FILE));
      }
      long end = options.stopAfter() < 0 ? totalSteps : Math.min(totalSteps, options.stopAfter());
      StepLog log = new StepLog(events, totalSteps, step);
      long tokens = 0;
      for (; step < end; step++) {
        // Data: the step's micro-batches, wherever it falls among the epochs.
        List<Batch> micro = microBatches(epochs, step);
        double stepWeight = micro.stream().mapToDouble(BatchTensors::weightSum).sum();
        stepWeight = stepWeight > 0 ? stepWeight : 1;
        // Dropout draws from torch's generator: seeded per step, so a resumed run draws alike.
        Engine.getInstance().setRandomSeed((int) (config.seed() * 1_000_003L + step));
        try (NDManager scope = manager.newSubManager()) {
          // Forward and backward per micro-batch; gradients accumulate in the weights.
          double loss = 0;
          long slots = 0;
          for (Batch batch : micro) {
            BatchTensors tensors = BatchTensors.of(batch, stepWeight, scope);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
              NDArray share = ResponseLoss.of(decoder, adapter, tensors);
              collector.backward(share);
              loss += share.getFloat();
            } catch (EngineException e) {
              throw OutOfMemory.isCause(e) ? OutOfMemory.explain(e, config, step) : e;
            }
            tokens += tensors.tokenCount();
            slots += (long) batch.size() * batch.length();
          }
          // Clip by the global norm, update, and clear the gradients for the next step.
          Map<String, NDArray> gradients = gradients(trainable, scope);
          double norm = GradientClip.globalNorm(gradients.values());
          if (!Double.isFinite(norm) || !Double.isFinite(loss)) {
            throw new IllegalStateException("training diverged at step " + step + " (loss " + loss
                + ", gradient norm " + norm + "): lower siked.train.learningRate or set"
                + " siked.train.clipNorm");
          }
          optimizer.update(trainable, gradients, rate.at(step), GradientClip.factor(norm,
              config.clipNorm()), scope);
          gradients.values().forEach(g -> g.subi(g));
          log.record(step, loss, rate.at(step), slots, options.logEvery());
        }
        // Checkpoint: weights and moments, atomically.
        if (options.checkpointEvery() > 0 && (step + 1) % options.checkpointEvery() == 0) {
          TrainCheckpoint.save(options.checkpointDir(), step + 1, fingerprint, trainable, optimizer);
        }
      }
      lora.ifPresent(a -> a.training(false));
      return new Outcome(step, totalSteps, tokens, log.lastLoss(),
          Duration.ofNanos(System.nanoTime() - start), first.truncated(), first.rejected());
    } finally {
      trainable.values().forEach(p -> p.setRequiresGradient(false));
    }
  }

  private long stepsIn(List<Batch> batches) {
    return (batches.size() + config.gradientAccumulation() - 1) / config.gradientAccumulation();
  }

  private List<Batch> microBatches(List<List<Batch>> epochs, long step) {
    long first = step;
    for (List<Batch> epoch : epochs) {
      long steps = stepsIn(epoch);
      if (first < steps) {
        int from = Math.toIntExact(first * config.gradientAccumulation());
        return List.copyOf(epoch.subList(from, Math.min(epoch.size(), from + config.gradientAccumulation())));
      }
      first -= steps;
    }
    throw new IllegalArgumentException("step " + step + " is past the last epoch");
  }

  /** Each weight's gradient, as a handle owned by {@code scope} (not the model's manager). */
  private static Map<String, NDArray> gradients(Map<String, NDArray> trainable, NDManager scope) {
    Map<String, NDArray> gradients = new LinkedHashMap<>();
    trainable.forEach((name, p) -> {
      NDArray gradient = p.getGradient();
      gradient.attach(scope);
      gradients.put(name, gradient);
    });
    return gradients;
  }

}
