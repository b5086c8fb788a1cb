package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.FloatTensor;
import io.github.siked.djl.safetensors.SafetensorsWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loss scaler's arithmetic, and checkpoints with and without its state. */
class LossScaleTest {

    @TempDir
    Path directory;

    @Test
    void startsAtTwoToTheSixteenAndDoublesAfterTwoThousandGoodSteps() {
        LossScale scale = LossScale.standard();
        assertEquals(65536, scale.scale());
        for (int i = 1; i < 2000; i++) {
            assertTrue(scale.update(true));
        }
        assertEquals(65536, scale.scale());
        assertEquals(1999, scale.goodSteps());
        assertTrue(scale.update(true));
        assertEquals(131072, scale.scale());
        assertEquals(0, scale.goodSteps());
    }

    @Test
    void anOverflowSkipsHalvesAndRestartsTheCount() {
        LossScale scale = new LossScale(1024, 3);
        scale.update(true);
        scale.update(true);
        assertFalse(scale.update(false), "an overflowing step must be skipped");
        assertEquals(512, scale.scale());
        assertEquals(0, scale.goodSteps());
        // Three good steps in a row from here, not counting those before the overflow.
        scale.update(true);
        scale.update(true);
        assertEquals(512, scale.scale());
        scale.update(true);
        assertEquals(1024, scale.scale());
    }

    @Test
    void theScaleGoesIntoTheLossAsAFloat32Array() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray array = new LossScale(Math.scalb(1.0, 24), 10).array(manager);
            assertEquals(new Shape(), array.getShape());
            assertEquals(16777216f, array.getFloat());
        }
    }

    @Test
    void badSettingsAndStatesSayWhatIsWrong() {
        assertEquals(
                "the initial loss scale must be a power of two, for instance 65536; was 1000.0",
                assertThrows(IllegalArgumentException.class, () -> new LossScale(1000, 2000))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LossScale(65536, 0));
        assertEquals(
                "the checkpoint's loss scale -1.0 after 0 good steps is not a valid state; delete"
                        + " the checkpoint to start over",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> LossScale.standard().restore(-1, 0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> LossScale.standard().restore(1024, 2000));
    }

    @Test
    void aCheckpointWithoutScalerStateResumesWithTheDefaults() throws Exception {
        // As written before fp16 training existed: step and fingerprint only.
        new SafetensorsWriter()
                .metadata("step", "7")
                .metadata("fingerprint", "run")
                .add("param.w", new FloatTensor(new long[] {2}, new float[] {1, 2}), DType.F32)
                .add("m.w", new FloatTensor(new long[] {2}, new float[] {0.1f, 0.2f}), DType.F32)
                .add("v.w", new FloatTensor(new long[] {2}, new float[] {0.3f, 0.4f}), DType.F32)
                .write(directory.resolve(TrainCheckpoint.FILE));
        TrainCheckpoint old = TrainCheckpoint.load(directory).orElseThrow();
        assertEquals(7, old.optimizerSteps());
        assertTrue(Double.isNaN(old.lossScale()));
        try (NDManager manager = NDManager.newBaseManager()) {
            Map<String, NDArray> parameters = Map.of("w", manager.zeros(new Shape(2)));
            LossScale scaler = new LossScale(Math.scalb(1.0, 20), 2000);
            try (AdamW optimizer = new AdamW(parameters, 0, manager)) {
                old.restore("run", parameters, optimizer, Optional.of(scaler));
                assertEquals(7, optimizer.steps());
            }
            assertEquals(Math.scalb(1.0, 20), scaler.scale());
            assertEquals(0, scaler.goodSteps());
        }
    }

    @Test
    void aCheckpointKeepsTheScaleTheCountAndTheUpdatesApplied() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Map<String, NDArray> parameters = Map.of("w", manager.create(new float[] {1, 2}));
            LossScale scaler = new LossScale(4096, 2000);
            scaler.update(false);
            scaler.update(true);
            try (AdamW optimizer = new AdamW(parameters, 0, manager)) {
                TrainCheckpoint.save(directory, 2, "run", parameters, optimizer, Optional.of(scaler));
            }
            TrainCheckpoint saved = TrainCheckpoint.load(directory).orElseThrow();
            assertEquals(2, saved.step());
            assertEquals(0, saved.optimizerSteps(), "no update was applied");
            LossScale restored = LossScale.standard();
            try (AdamW optimizer = new AdamW(parameters, 0, manager)) {
                saved.restore("run", parameters, optimizer, Optional.of(restored));
            }
            assertEquals(2048, restored.scale());
            assertEquals(1, restored.goodSteps());
        }
    }
}
