package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.SafetensorsReader;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentSampler;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainResult;
import io.github.siked.student.TrainingExample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * siked.train.precision=fp16 through the engine on the CPU: it says so and warns, trains, saves
 * the float32 masters, and samples in float16; auto stays fp32 on the CPU.
 */
class HalfPrecisionEngineTest {

    private static final String WARNING =
            "siked.train.precision=fp16 on the CPU: fp16 mixed" + " precision is meant for GPUs";

    @TempDir
    Path dir;

    @Test
    void explicitFp16TrainsAndSamplesOnTheCpuAndSavesFloat32() throws Exception {
        Path start = TinyStart.folder(dir.resolve("tiny"), ModelConfig.tiny(Architecture.QWEN2, 1, 32, 64, 2, 4, 2));
        List<TrainingExample> examples = TinyStart.potExamples(8, 2);
        List<Problem> problems = TinyStart.problems(8, 2);
        TrainConfig config =
                TinyStart.quickTraining().optEpochs(2).optLearningRate(3e-3).build();
        DjlStudentEngine half = new DjlStudentEngine(new DjlOptions(DeviceChoice.CPU, Precision.FP16, 0, 1));
        List<String> log = new ArrayList<>();
        TrainResult result = half.trainer().train(start, config, examples, dir.resolve("fp16"), record(log));

        assertTrue(
                log.get(0)
                        .matches("student on cpu, PyTorch .*, fp16 mixed precision \\(float32 master"
                                + " weights, dynamic loss scaling\\)"),
                log.get(0));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("warning: " + WARNING)), log.toString());
        assertTrue(Double.isFinite(result.finalLoss()) && result.steps() == 2, result.toString());
        SafetensorsReader saved = SafetensorsReader.open(dir.resolve("fp16").resolve("model.safetensors"));
        for (String name : saved.names()) {
            assertEquals(DType.F32, saved.entry(name).dtype(), name);
        }

        List<String> sampling = new ArrayList<>();
        try (StudentSampler sampler = half.sampler(dir.resolve("fp16"), 1)) {
            List<Sample> samples =
                    sampler.sample(SampleConfig.greedy(), problems, Optional.of(Strategy.POT), record(sampling));
            assertEquals(problems.size(), samples.size());
        }
        assertTrue(sampling.get(0).matches("student on cpu, PyTorch .*, fp16"), sampling.get(0));
        assertTrue(sampling.get(1).startsWith("warning: " + WARNING), sampling.toString());

        List<String> auto = new ArrayList<>();
        new DjlStudentEngine(new DjlOptions(DeviceChoice.CPU, Precision.AUTO, 0, 1))
                .trainer()
                .train(start, config, examples, dir.resolve("auto"), record(auto));
        assertTrue(auto.get(0).endsWith(", fp32"), auto.get(0));
        assertTrue(auto.stream().noneMatch(l -> l.startsWith("warning: ")), auto.toString());
    }

    private static EventListener record(List<String> log) {
        return event -> {
            if (event instanceof Event.Info info) {
                log.add(info.message());
            } else if (event instanceof Event.Warning warning) {
                log.add("warning: " + warning.message());
            }
        };
    }
}
