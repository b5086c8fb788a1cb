package io.github.siked.train;

import io.github.siked.data.Dataset;
import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.record.JsonlReader;
import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import io.github.siked.record.Sample;
import io.github.siked.stage.Declaration;
import io.github.siked.stage.FolderFiles;
import io.github.siked.stage.Produced;
import io.github.siked.stage.Sha256;
import io.github.siked.stage.Stage;
import io.github.siked.student.EngineRecord;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainResult;
import io.github.siked.student.TrainingExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The train stage ({@code siked:train}): fine-tunes a student on a file of samples (D_LLM, or a
 * mixed iteration's data), each paired with its problem's question, and writes the student with
 * the stage's manifest inside its folder.
 */
public final class TrainStage implements Stage<TrainSummary> {

    /** What the manifest records: the engine as it reports itself, the settings and the dataset. */
    record Recorded(EngineRecord engine, TrainConfig train, String dataset) {}

    private final TrainStageConfig config;
    private final Dataset dataset;
    private final StudentEngine engine;
    private final EventListener listener;

    /** Reads the dataset now, so that a bad name fails before anything runs. */
    public TrainStage(TrainStageConfig config, DatasetResolver datasets, StudentEngine engine, EventListener listener) {
        this.config = config;
        this.dataset = datasets.resolve(config.dataset());
        this.engine = engine;
        this.listener = listener;
    }

    @Override
    public Declaration<TrainSummary> declare() {
        return new Declaration<>(
                "train",
                config.output().resolve(FolderFiles.MANIFEST),
                new Recorded(EngineRecord.of(engine), config.train(), config.dataset()),
                Map.of("seed", config.train().seed()),
                inputs(),
                TrainSummary.class);
    }

    private Map<String, String> inputs() {
        Map<String, String> inputs = new TreeMap<>();
        inputs.put("data", Sha256.of(config.data()));
        inputs.put("dataset " + dataset.name(), dataset.fingerprint());
        inputs.put("start", startHash(config.start()));
        return inputs;
    }

    @Override
    public Produced<TrainSummary> produce() throws IOException {
        List<TrainingExample> examples = new ArrayList<>();
        try (JsonlReader<Sample> samples = JsonlReader.open(config.data(), Sample.class)) {
            while (samples.hasNext()) {
                Sample sample = samples.next();
                Problem problem = dataset.find(sample.id())
                        .orElseThrow(() -> new RecordFormatException(
                                samples.file(),
                                samples.line(),
                                "sample id '" + sample.id() + "' is not in dataset " + dataset.name()
                                        + ": train on samples drawn from siked.train.dataset"));
                examples.add(new TrainingExample(sample.id(), problem.question(), sample.strategy(), sample.text()));
            }
        }
        listener.info("train: " + examples.size() + " examples from " + config.data() + " on " + engine.name());
        TrainResult result =
                engine.trainer().train(config.start(), config.train(), examples, config.output(), listener);
        return Produced.of(TrainSummary.of(examples.size(), result), FolderFiles.list(config.output()));
    }

    private static String startHash(Path start) {
        if (!Files.isDirectory(start)) {
            throw new IllegalArgumentException(
                    "the start model " + start + " is not a folder: give a folder with config.json"
                            + " (and weights, or none to train from scratch)");
        }
        return FolderFiles.hash(start);
    }
}
