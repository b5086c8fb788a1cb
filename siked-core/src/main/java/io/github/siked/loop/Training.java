package io.github.siked.loop;

import io.github.siked.strategy.Strategy;
import io.github.siked.student.TrainConfig;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the student is taught and how it trains.
 *
 * @param strategies the strategies taught ({@code <strategies>})
 * @param start the base student: a Hugging Face folder, or a folder with only {@code config.json}
 *     ({@code <start>}, {@code siked.student.start})
 * @param train how iteration 0 trains, and every iteration that restarts from the base model (its
 *     seed is replaced by one derived per run and iteration)
 * @param iterationTrain how iterations 1..N train when they continue from the previous student (a
 *     tiny from-scratch student needs many epochs once, then fewer to take in the new data)
 */
public record Training(List<Strategy> strategies, Path start, TrainConfig train, TrainConfig iterationTrain) {

    public Training {
        strategies = List.copyOf(strategies);
        Objects.requireNonNull(start, "<start>: name the base student's folder");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(iterationTrain, "iterationTrain");
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("<strategies> is empty: name at least one of " + Strategy.allIds());
        }
        if (new HashSet<>(strategies).size() != strategies.size()) {
            throw new IllegalArgumentException("<strategies> lists a value twice: " + strategies);
        }
    }
}
