package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.event.Event;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a GPU and CUDA libtorch: siked.device=gpu trains and samples there, in fp16 mixed precision
 * (auto), to the loss the CPU reaches in fp32 on the same data and seed, with a checkpoint written
 * and read on the GPU. Skipped elsewhere (README "GPU students").
 */
@Tag("gpu")
class GpuTrainingTest {

    @TempDir
    Path dir;

    @Test
    void trainsAndSamplesOnTheGpuAsOnTheCpu() throws Exception {
        assumeTrue(Engine.getInstance().getGpuCount() > 0, "no GPU visible to DJL's engine");
        Path start = TinyStart.folder(dir.resolve("tiny"), ModelConfig.tiny(Architecture.LLAMA, 1, 64, 128, 2, 4, 2));
        List<TrainingExample> examples = TinyStart.potExamples(24, 3);
        List<Problem> problems = TinyStart.problems(24, 3);
        TrainConfig config =
                TinyStart.quickTraining().optEpochs(2).optLearningRate(3e-3).build();
        List<String> log = new ArrayList<>();
        DjlStudentEngine gpu = new DjlStudentEngine(new DjlOptions(DeviceChoice.GPU, Precision.AUTO, 2, 1));
        TrainResult onGpu = gpu.trainer()
                .train(
                        start,
                        config,
                        examples,
                        dir.resolve("gpu"),
                        event -> log.add(event instanceof Event.Info info ? info.message() : event.toString()));
        TrainResult onCpu = new DjlStudentEngine(new DjlOptions(DeviceChoice.CPU, Precision.AUTO, 2, 1))
                .trainer()
                .train(start, config, examples, dir.resolve("cpu"), event -> {});

        assertTrue(
                log.stream()
                        .anyMatch(l -> l.startsWith("student on gpu(0), PyTorch 2.7.1 cu")
                                && l.endsWith(", fp16 mixed precision (float32 master weights, dynamic loss scaling)")),
                log.toString());
        assertEquals(onCpu.steps(), onGpu.steps());
        assertEquals(onCpu.finalLoss(), onGpu.finalLoss(), 1e-2 * Math.max(1, onCpu.finalLoss()));
        List<String> sampling = new ArrayList<>();
        try (StudentSampler sampler = gpu.sampler(dir.resolve("gpu"), 1)) {
            List<Sample> samples = sampler.sample(
                    SampleConfig.greedy(),
                    problems,
                    Optional.of(Strategy.POT),
                    event -> sampling.add(event instanceof Event.Info info ? info.message() : event.toString()));
            assertEquals(problems.size(), samples.size());
        }
        assertTrue(sampling.get(0).endsWith(", fp16"), sampling.toString());
    }
}
