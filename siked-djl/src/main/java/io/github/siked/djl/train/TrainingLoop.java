package io.github.siked.djl.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.github.siked.djl.device.Precision;
import io.github.siked.djl.model.Decoder;
import io.github.siked.event.EventListener;
import io.github.siked.student.Batch;
import io.github.siked.student.Batching;
import io.github.siked.student.Optimization;
import io.github.siked.student.Packer;
import io.github.siked.student.Packing;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Supervised fine-tuning of a decoder on packed examples: loss on response tokens, AdamW, warmup
 * then decay, gradient accumulation and clipping, checkpoints and resume. Trains every weight, or
 * only a {@link LoraAdapter}'s when one is given (the base stays frozen). In fp16 mixed precision
 * (arXiv 1710.03740) the forward and backward passes run on float16 copies ({@link HalfCopies}) of
 * the float32 weights the optimizer updates, with dynamic loss scaling ({@link LossScale}).
 */
final class TrainingLoop {

    /**
     * @param checkpointDir where the checkpoint is kept; a run finding one there resumes from it
     * @param checkpointEvery optimizer steps between checkpoints, 0 for none
     * @param logEvery optimizer steps between log lines
     * @param stopAfter stop after this many optimizer steps in all (a time box: the run resumes from
     *     its checkpoint later), or -1 to train to the end
     * @param precision the arithmetic, resolved: fp32, or fp16 mixed precision
     * @param initialLossScale fp16's first loss scale, a power of two ({@link LossScale#INITIAL})
     */
    record Options(
            Path checkpointDir,
            int checkpointEvery,
            int logEvery,
            long stopAfter,
            Precision precision,
            double initialLossScale) {
        Options {
            if (checkpointEvery < 0 || logEvery < 1) {
                throw new IllegalArgumentException("checkpointEvery must be 0 or more, logEvery 1 or more");
            }
            if (precision != Precision.FP32 && precision != Precision.FP16) {
                throw new IllegalArgumentException("resolve the precision against the device first: " + precision);
            }
        }

        /** fp32 arithmetic. */
        Options(Path checkpointDir, int checkpointEvery, int logEvery, long stopAfter) {
            this(checkpointDir, checkpointEvery, logEvery, stopAfter, Precision.FP32, LossScale.INITIAL);
        }

        /** These options in {@code other} arithmetic, with the standard initial loss scale. */
        Options in(Precision other) {
            return new Options(checkpointDir, checkpointEvery, logEvery, stopAfter, other, initialLossScale);
        }
    }

    /**
     * What a run did: optimizer steps done, example tokens seen, the last logged loss, and the
     * first epoch's examples cut or left out by packing.
     */
    record Outcome(
            long steps, long totalSteps, long tokens, double lastLoss, Duration elapsed, int truncated, int rejected) {}

    private final Decoder decoder;
    private final Optional<LoraAdapter> lora;
    private final TrainConfig config;
    private final Options options;
    private final EventListener events;

    TrainingLoop(
            Decoder decoder, Optional<LoraAdapter> lora, TrainConfig config, Options options, EventListener events) {
        this.decoder = decoder;
        this.lora = lora;
        this.config = config;
        this.options = options;
        this.events = events;
    }

    Outcome run(List<TokenizedExample> examples, int padId) throws IOException {
        long start = System.nanoTime();
        // Plan: pack every epoch (layouts only; arrays are filled when read) and count the steps.
        Batching batching = config.batching();
        Packer packer = new Packer(batching.maxLength(), batching.overflow(), padId);
        List<List<Batch>> epochs = new ArrayList<>();
        long totalSteps = 0;
        Packing first = null;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            Packing packing = packer.pack(examples, config.seed() + epoch);
            if (epoch == 0) {
                first = packing;
                events.info(packing.describe());
            }
            epochs.add(packing.batches(batching.batchSize()));
            totalSteps += stepsIn(epochs.get(epoch));
        }
        if (totalSteps == 0) {
            throw new IllegalArgumentException("no example fits a row of siked.train.maxLength=" + batching.maxLength()
                    + ": raise it, or set siked.train.overflow to truncate");
        }
        Optimization optimization = config.optimization();
        LearningRate rate = LearningRate.of(
                optimization.learningRate(), optimization.schedule(), optimization.warmupRatio(), totalSteps);
        Map<String, NDArray> trainable = lora.map(LoraAdapter::parameters)
                .orElseGet(() -> decoder.weights().parameters());
        // In fp16 the float32 masters stay out of the graph: the passes' float16 copies take gradients.
        boolean fp16 = options.precision() == Precision.FP16;
        trainable.values().forEach(p -> p.setRequiresGradient(!fp16));
        lora.ifPresent(a -> a.training(true));
        String fingerprint = RunFingerprint.of(config, decoder.config(), examples);

        // fp16: float16 copies for the passes, float32 masters and moments, and a loss scale.
        Optional<LossScale> scaler = fp16
                ? Optional.of(new LossScale(options.initialLossScale(), LossScale.GROWTH_INTERVAL))
                : Optional.empty();

        // The optimizer's moments and each step's arrays on the weights' device.
        Device device = trainable.values().iterator().next().getDevice();
        try (NDManager manager = NDManager.newBaseManager(device);
                AdamW optimizer = new AdamW(trainable, optimization.weightDecay(), manager);
                HalfCopies copies = new HalfCopies(
                        trainable, decoder.weights(), lora, options.precision().dataType(), manager)) {
            OptimizerStep update = new OptimizerStep(trainable, optimizer, scaler, optimization.clipNorm(), events);
            // Resume: weights, moments and loss scale from the last checkpoint, if this run left one.
            long step = 0;
            Optional<TrainCheckpoint> checkpoint = TrainCheckpoint.load(options.checkpointDir());
            if (checkpoint.isPresent()) {
                checkpoint.get().restore(fingerprint, trainable, optimizer, scaler);
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
                double stepWeight =
                        micro.stream().mapToDouble(BatchTensors::weightSum).sum();
                stepWeight = stepWeight > 0 ? stepWeight : 1;
                // Dropout draws from torch's generator: seeded per step, so a resumed run draws alike.
                Engine.getInstance().setRandomSeed((int) (config.seed() * 1_000_003L + step));
                try (NDManager scope = manager.newSubManager()) {
                    // Forward and backward per micro-batch, each in a scope of its own; gradients
                    // accumulate in the weights (fp32) or in float32 sums of the copies' (fp16).
                    double loss = 0;
                    long slots = 0;
                    for (Batch batch : micro) {
                        try (NDManager microScope = scope.newSubManager()) {
                            BatchTensors tensors = BatchTensors.of(batch, stepWeight, microScope);
                            HalfCopies.Pass pass = copies.pass(microScope);
                            try (GradientCollector collector =
                                    Engine.getInstance().newGradientCollector()) {
                                NDArray share = ResponseLoss.of(decoder, pass.weights(), pass.adapter(), tensors);
                                // fp16: backward from loss × scale, so small gradients survive in float16.
                                collector.backward(
                                        scaler.isPresent()
                                                ? share.mul(scaler.get().array(microScope))
                                                : share);
                                loss += share.getFloat();
                            } catch (EngineException e) {
                                throw OutOfMemory.isCause(e) ? OutOfMemory.explain(e, batching, step) : e;
                            }
                            copies.collect(pass, scope);
                            tokens += tensors.tokenCount();
                        }
                        slots += (long) batch.size() * batch.length();
                    }
                    // Clip by the global norm, update (unless fp16 overflowed), and clear the gradients.
                    update.apply(step, loss, copies.gradients(scope), rate.at(step), scope);
                    log.record(step, loss, rate.at(step), slots, options.logEvery());
                }
                // Checkpoint: weights, moments and loss scale, atomically.
                if (options.checkpointEvery() > 0 && (step + 1) % options.checkpointEvery() == 0) {
                    TrainCheckpoint.save(options.checkpointDir(), step + 1, fingerprint, trainable, optimizer, scaler);
                }
            }
            lora.ifPresent(a -> a.training(false));
            return new Outcome(
                    step,
                    totalSteps,
                    tokens,
                    log.lastLoss(),
                    Duration.ofNanos(System.nanoTime() - start),
                    first.truncated(),
                    first.rejected());
        } finally {
            trainable.values().forEach(p -> p.setRequiresGradient(false));
        }
    }

    private long stepsIn(List<Batch> batches) {
        int accumulation = config.batching().gradientAccumulation();
        return (batches.size() + accumulation - 1) / accumulation;
    }

    private List<Batch> microBatches(List<List<Batch>> epochs, long step) {
        long first = step;
        for (List<Batch> epoch : epochs) {
            long steps = stepsIn(epoch);
            if (first < steps) {
                int accumulation = config.batching().gradientAccumulation();
                int from = Math.toIntExact(first * accumulation);
                return List.copyOf(epoch.subList(from, Math.min(epoch.size(), from + accumulation)));
            }
            first -= steps;
        }
        throw new IllegalArgumentException("step " + step + " is past the last epoch");
    }
}
