package io.github.siked.student;

import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.stage.Sha256;
import io.github.siked.strategy.Strategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in student for testing the loop without tensors: "training" writes a model file whose
 * skill grows with the rows it saw, and "sampling" answers a problem correctly when a hash of the
 * model, problem, strategy and sample index falls under that skill. Free choice always picks pot,
 * so strategy shares are predictable. Answers are well-formed cot, l2m and pot texts, graded by the
 * real graders.
 */
public final class ScoringEngine implements StudentEngine {

    /** Trainings run so far. */
    public final AtomicInteger trainings = new AtomicInteger();

    /** Samplers opened so far. */
    public final AtomicInteger samplings = new AtomicInteger();

    @Override
    public String name() {
        return "scoring";
    }

    @Override
    public StudentTrainer trainer() {
        return (start, config, examples, outputDir, events) -> {
            trainings.incrementAndGet();
            int previous = Files.exists(start.resolve("skill.txt"))
                    ? Integer.parseInt(Files.readString(start.resolve("skill.txt")))
                    : 0;
            int skill = Math.min(95, previous / 2 + 20 + examples.size() / 10);
            Files.createDirectories(outputDir);
            Files.writeString(outputDir.resolve("skill.txt"), Integer.toString(skill));
            return new TrainResult(
                    outputDir, examples.size() / 4 + 1, examples.size() * 10L, 0.5, Duration.ofMillis(1), 0, 0);
        };
    }

    @Override
    public StudentSampler sampler(Path modelDir, int iteration) {
        samplings.incrementAndGet();
        return new StudentSampler() {
            @Override
            public List<Sample> sample(
                    SampleConfig config,
                    List<Problem> problems,
                    Optional<Strategy> forced,
                    io.github.siked.event.EventListener events) {
                String model = Sha256.of(modelDir.resolve("skill.txt"));
                int skill;
                try {
                    skill = Integer.parseInt(Files.readString(modelDir.resolve("skill.txt")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                List<Sample> out = new ArrayList<>();
                for (Problem p : problems) {
                    for (int i = 0; i < config.k(); i++) {
                        Strategy s = forced.orElse(Strategy.POT);
                        int roll = Math.floorMod(
                                Sha256.of(model + p.id() + s + i + config.seed())
                                        .hashCode(),
                                100);
                        String answer = roll < skill ? p.answer() : p.answer() + "1";
                        out.add(new Sample(p.id(), s, Origin.STUDENT, iteration, i, text(s, answer)));
                    }
                }
                return out;
            }

            @Override
            public void close() {}
        };
    }

    private static String text(Strategy s, String answer) {
        return switch (s) {
            case COT -> "[cot]: 1. The total is " + answer + ".\nFinal Answer: " + answer;
            case L2M ->
                "[l2m]: Sub-question 1: What is the total?\nAnswer to Sub-question 1: " + answer + ".\nFinal Answer: "
                        + answer;
            case POT -> "[pot]: answer = " + answer;
        };
    }
}
