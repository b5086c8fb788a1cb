package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.github.siked.djl.device.Precision;
import io.github.siked.djl.model.Decoder;
import io.github.siked.event.Event;
import io.github.siked.student.TrainConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fp16 mixed precision on the CPU (slow there, but the same code a GPU runs): it learns as fp32
 * does, keeps float32 masters and moments, skips overflowing steps and recovers, and resumes from a
 * checkpoint to the same weights as an uninterrupted run.
 */
class MixedPrecisionTrainingTest {

    private static final Pattern STEP = Pattern.compile("step ([0-9,]+)/[0-9,]+ loss ([0-9.]+) .*");
    private static final Pattern SKIPPED = Pattern.compile(
            "step ([0-9,]+): fp16 gradients overflowed at loss scale [0-9]+; update skipped, loss scale now [0-9]+");

    @TempDir
    Path directory;

    /** What a run left: its log lines, its final trainable weights and their dtypes. */
    record Run(List<String> log, Map<String, float[]> weights, List<DataType> dtypes) {
        List<Double> losses() {
            List<Double> losses = new ArrayList<>();
            for (String line : log) {
                Matcher m = STEP.matcher(line);
                if (m.matches()) {
                    losses.add(Double.parseDouble(m.group(2)));
                }
            }
            return losses;
        }

        long skipped() {
            return log.stream().filter(l -> SKIPPED.matcher(l).matches()).count();
        }
    }

    @Test
    void fp16LearnsAsFp32DoesWithFloat32Masters() throws Exception {
        TrainConfig config = ResumeTest.recipe().optEpochs(6).build();
        Run wide = run(config, Precision.FP32, LossScale.INITIAL, directory.resolve("fp32"), -1);
        Run half = run(config, Precision.FP16, LossScale.INITIAL, directory.resolve("fp16"), -1);
        List<Double> w = wide.losses();
        List<Double> h = half.losses();
        System.out.println("loss per step, fp32: " + w + "\nloss per step, fp16: " + h);
        assertEquals(w.size(), h.size());
        assertNotEquals(w, h, "fp16 computed exactly as fp32: was it float16 at all?");
        assertTrue(h.get(h.size() - 1) < 0.8 * h.get(0), "fp16 did not learn: " + h);
        // Each step's loss within 2% of fp32's: the same run up to float16 rounding.
        for (int i = 0; i < w.size(); i++) {
            assertEquals(w.get(i), h.get(i), 0.02 * w.get(i), "step " + (i + 1) + ": " + w + " vs " + h);
        }
        assertEquals(0, half.skipped(), "no overflow at the standard scale: " + half.log());
        assertTrue(
                half.dtypes().stream().allMatch(DataType.FLOAT32::equals),
                half.dtypes().toString());
    }

    @Test
    void loraInFp16TrainsTheFloat32AdapterAndLeavesTheBaseAsItWas() throws Exception {
        TrainConfig config = ResumeTest.recipe().optLora(ResumeTest.LORA).build();
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(LoraTest.LLAMA, 3, manager);
                LoraAdapter lora = new LoraAdapter(LoraTest.LLAMA, config.lora().get(), 4, manager)) {
            Map<String, float[]> base = ResumeTest.snapshot(decoder.weights().parameters());
            NDManager adapterManager =
                    lora.parameters().values().iterator().next().getManager();
            int adapterArrays = adapterManager.getManagedArrays().size();
            new TrainingLoop(
                            decoder,
                            Optional.of(lora),
                            config,
                            new TrainingLoop.Options(directory, 0, 100, -1).in(Precision.FP16),
                            event -> {})
                    .run(ResumeTest.examples(), 0);
            ResumeTest.snapshot(decoder.weights().parameters())
                    .forEach((name, values) -> assertArrayEquals(base.get(name), values, name));
            NDArray b = lora.parameters().get(LoraAdapter.key(1, "down", 'B'));
            assertEquals(DataType.FLOAT32, b.getDataType());
            float[] trained = b.toFloatArray();
            assertTrue(LoraTest.maxDifference(trained, new float[trained.length]) > 0, "B did not train");
            assertEquals(
                    adapterArrays,
                    adapterManager.getManagedArrays().size(),
                    "per-pass float16 copies left in the adapter's manager");
        }
    }

    @Test
    void anOverflowSkipsTheStepAndHalvesTheScale() throws Exception {
        TrainConfig config = ResumeTest.recipe().build();
        Map<String, float[]> initial;
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(LoraTest.LLAMA, 3, manager)) {
            initial = ResumeTest.snapshot(decoder.weights().parameters());
        }
        // 2⁴⁰ overflows float16 (largest finite 65,504) in the first backward pass for certain.
        Path checkpoints = directory.resolve("overflow");
        Run first = run(config, Precision.FP16, Math.scalb(1.0, 40), checkpoints, 1);
        assertEquals(1, first.skipped(), first.log().toString());
        initial.forEach(
                (name, values) -> assertArrayEquals(values, first.weights().get(name), name));
        TrainCheckpoint saved = TrainCheckpoint.load(checkpoints).orElseThrow();
        assertEquals(1, saved.step());
        assertEquals(0, saved.optimizerSteps(), "the skipped step reached AdamW");
        assertEquals(Math.scalb(1.0, 39), saved.lossScale());
        saved.tensors().forEach((name, values) -> {
            if (name.startsWith("m.") || name.startsWith("v.")) {
                assertArrayEquals(new float[values.length], values, name + " moved on a skipped step");
            }
        });
    }

    @Test
    void aRunStartingFarTooHighRecoversAndLearns() throws Exception {
        // This model's backward pass overflows float16 above about 2^17 (measured: 7 halvings from 2^24).
        TrainConfig config = ResumeTest.recipe().optEpochs(10).build();
        Run run = run(config, Precision.FP16, Math.scalb(1.0, 24), directory.resolve("high"), -1);
        List<Double> losses = run.losses();
        System.out.println("from 2^24: " + run.skipped() + " steps skipped; losses " + losses);
        assertTrue(run.skipped() >= 1 && run.skipped() <= 8, run.log().toString());
        // Single steps are noisy: the mean of the last four against the first.
        double last = losses.subList(losses.size() - 4, losses.size()).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        assertTrue(last < 0.85 * losses.get(0), losses.toString());
    }

    @Test
    void aResumedFp16RunEndsWhereAnUninterruptedOneEnds() throws Exception {
        // Starting at 2^24, the first steps overflow: a resumed run that forgot the scale would
        // overflow again and skip other steps, ending elsewhere.
        TrainConfig config = ResumeTest.recipe().optEpochs(6).build();
        double high = Math.scalb(1.0, 24);
        Run whole = run(config, Precision.FP16, high, directory.resolve("whole"), -1);
        Path killed = directory.resolve("killed");
        Run before = run(config, Precision.FP16, high, killed, 3);
        assertTrue(before.skipped() > 0, before.log().toString());
        double scaleAtStop = TrainCheckpoint.load(killed).orElseThrow().lossScale();
        assertTrue(scaleAtStop < high, "the checkpoint kept the initial scale " + scaleAtStop);
        Run after = run(config, Precision.FP16, high, killed, -1);
        assertTrue(
                after.log().stream().anyMatch(l -> l.startsWith("resuming at step 3 ")),
                after.log().toString());
        assertEquals(whole.skipped(), before.skipped() + after.skipped(), "skips differ after resuming");
        whole.weights()
                .forEach((name, values) ->
                        assertArrayEquals(values, after.weights().get(name), name));
    }

    /** Trains a fresh tiny Llama (same seeds every call) with a checkpoint every step. */
    private static Run run(
            TrainConfig config, Precision precision, double initialScale, Path checkpoints, long stopAfter)
            throws Exception {
        List<String> log = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(LoraTest.LLAMA, 3, manager)) {
            new TrainingLoop(
                            decoder,
                            Optional.empty(),
                            config,
                            new TrainingLoop.Options(checkpoints, 1, 1, stopAfter, precision, initialScale),
                            event -> log.add(event instanceof Event.Info info ? info.message() : event.toString()))
                    .run(ResumeTest.examples(), 0);
            Map<String, NDArray> parameters = decoder.weights().parameters();
            return new Run(
                    log,
                    ResumeTest.snapshot(parameters),
                    parameters.values().stream().map(NDArray::getDataType).toList());
        }
    }
}
