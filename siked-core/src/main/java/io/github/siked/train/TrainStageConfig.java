package io.github.siked.train;

import io.github.siked.student.TrainConfig;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the train stage trains on, from what, and where the student goes.
 *
 * @param data the training samples (Sample or graded-sample records)
 * @param dataset the dataset the samples' ids belong to, for the questions ({@code siked.train.dataset})
 * @param start the model to start from: a folder with {@code config.json} only trains from scratch
 * @param output the folder the student and the stage's manifest are written to
 * @param train the training settings
 */
public record TrainStageConfig(Path data, String dataset, Path start, Path output, TrainConfig train) {

    public TrainStageConfig {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(train, "train");
    }
}
