package io.github.siked.student;

import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An engine that records what it was given: training writes a one-file "model"; samples answer
 * "Final Answer: &lt;index&gt;" under the forced tag. Its settings can be changed between runs.
 */
public final class RecordingEngine implements StudentEngine {

    /** Every example trained on, in order. */
    public final List<TrainingExample> trained = new ArrayList<>();

    /** Trainings run so far. */
    public final AtomicInteger trainings = new AtomicInteger();

    /** Samplers opened so far. */
    public final AtomicInteger samplings = new AtomicInteger();

    /** What the engine reports as its settings; a test changes it between runs. */
    public final Map<String, String> settings = new TreeMap<>(Map.of("device", "cpu", "precision", "fp32"));

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    @Override
    public StudentTrainer trainer() {
        return (start, config, examples, outputDir, events) -> {
            trainings.incrementAndGet();
            trained.addAll(examples);
            Files.createDirectories(outputDir);
            Files.writeString(outputDir.resolve("weights.bin"), "w" + examples.size());
            return new TrainResult(outputDir, 3, 100, 0.5, Duration.ofSeconds(1), 0, 0);
        };
    }

    @Override
    public StudentSampler sampler(Path modelDir, int iteration) {
        samplings.incrementAndGet();
        return new Answering(iteration);
    }

    /**
     * Two problems, {@code a} and {@code b}, as the dataset {@code jsonl:problems.jsonl} of a
     * resolver reading {@code dir}: what the stage tests train and sample on.
     */
    public static DatasetResolver twoProblems(Path dir) throws IOException {
        Files.writeString(dir.resolve("problems.jsonl"), """
        {"id": "a", "question": "What is 1 + 1?", "answer": "2"}
        {"id": "b", "question": "What is 2 + 2?", "answer": "4"}
        """);
        return DatasetResolver.of(dir, true, EventListener.NONE).withBaseDir(dir);
    }

    /** Answers "Final Answer: &lt;index&gt;" under the forced tag, cot when none is forced. */
    private record Answering(int iteration) implements StudentSampler {

        @Override
        public List<Sample> sample(
                SampleConfig config, List<Problem> problems, Optional<Strategy> forced, EventListener events) {
            Strategy s = forced.orElse(Strategy.COT);
            List<Sample> samples = new ArrayList<>();
            for (Problem p : problems) {
                for (int i = 0; i < config.k(); i++) {
                    samples.add(new Sample(p.id(), s, Origin.STUDENT, iteration, i, s.tag() + " Final Answer: " + i));
                }
            }
            return samples;
        }

        @Override
        public void close() {}
    }
}
