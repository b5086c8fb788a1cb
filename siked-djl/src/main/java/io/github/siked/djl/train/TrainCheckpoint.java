package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.FloatTensor;
import io.github.siked.djl.safetensors.ModelFileException;
import io.github.siked.djl.safetensors.SafetensorsReader;
import io.github.siked.djl.safetensors.SafetensorsWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The state a killed run resumes from: the trainable weights (the float32 masters in mixed
 * precision), AdamW's moments and step count, the loss scale, exact float32, in one safetensors
 * file. One file written to a temporary name and renamed is atomic: a kill leaves the previous
 * checkpoint or the new one, never a mix.
 *
 * @param step training steps completed
 * @param fingerprint what the run was (settings, data, model); a checkpoint of another run is refused
 * @param tensors trainable weights as {@code param.<name>} and moments as {@code m.<name>}, {@code
 *     v.<name>}
 * @param optimizerSteps updates AdamW applied, for its bias correction: fewer than {@code step}
 *     when fp16 overflows skipped some (a checkpoint without it: {@code step})
 * @param lossScale the fp16 loss scale, or NaN when the checkpoint has none (an fp32 run, or one
 *     written before fp16 training): the run then starts from the scaler's defaults
 * @param goodSteps the loss scaler's good steps since its last change
 */
record TrainCheckpoint(
        long step,
        String fingerprint,
        Map<String, float[]> tensors,
        long optimizerSteps,
        double lossScale,
        long goodSteps) {

    static final String FILE = "checkpoint.safetensors";

    /** Writes the current state into {@code directory}, replacing the previous checkpoint. */
    static void save(
            Path directory,
            long step,
            String fingerprint,
            Map<String, NDArray> parameters,
            AdamW optimizer,
            Optional<LossScale> scaler)
            throws IOException {
        Files.createDirectories(directory);
        SafetensorsWriter writer = new SafetensorsWriter()
                .metadata("step", Long.toString(step))
                .metadata("fingerprint", fingerprint)
                .metadata("optimizer_steps", Long.toString(optimizer.steps()));
        scaler.ifPresent(s -> writer.metadata("loss_scale", Double.toString(s.scale()))
                .metadata("loss_scale_good_steps", Long.toString(s.goodSteps())));
        parameters.forEach((name, p) -> writer.add("param." + name, LoraExport.tensor(p), DType.F32));
        optimizer.state().forEach((name, m) -> writer.add(name, LoraExport.tensor(m), DType.F32));
        writer.write(directory.resolve(FILE));
    }

    /** The checkpoint in {@code directory}, if there is one. */
    static Optional<TrainCheckpoint> load(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            SafetensorsReader reader = SafetensorsReader.open(file);
            Map<String, float[]> tensors = new HashMap<>();
            for (String name : reader.names()) {
                FloatTensor tensor = reader.read(name);
                tensors.put(name, tensor.values());
            }
            Map<String, String> metadata = reader.metadata();
            long step = Long.parseLong(metadata.get("step"));
            return Optional.of(new TrainCheckpoint(
                    step,
                    metadata.get("fingerprint"),
                    tensors,
                    Long.parseLong(metadata.getOrDefault("optimizer_steps", Long.toString(step))),
                    Double.parseDouble(metadata.getOrDefault("loss_scale", "NaN")),
                    Long.parseLong(metadata.getOrDefault("loss_scale_good_steps", "0"))));
        } catch (ModelFileException | RuntimeException e) {
            throw new IOException(
                    "cannot read the training checkpoint " + file + ": " + e.getMessage()
                            + "; delete it to train from the start",
                    e);
        }
    }

    /** Writes the saved state back into the weights, the optimizer and the loss scaler. */
    void restore(
            String expectedFingerprint, Map<String, NDArray> parameters, AdamW optimizer, Optional<LossScale> scaler) {
        if (!fingerprint.equals(expectedFingerprint)) {
            throw new IllegalArgumentException("the checkpoint was written by a run with other settings or" + " data ("
                    + fingerprint + ", now " + expectedFingerprint + "); delete it to start over");
        }
        parameters.forEach((name, p) -> {
            float[] values = tensors.get("param." + name);
            if (values == null) {
                throw new IllegalArgumentException("the checkpoint has no weight " + name + "; delete it");
            }
            p.set(values);
        });
        optimizer.restore(tensors, optimizerSteps);
        if (!Double.isNaN(lossScale)) {
            scaler.ifPresent(s -> s.restore(lossScale, goodSteps));
        }
    }
}
