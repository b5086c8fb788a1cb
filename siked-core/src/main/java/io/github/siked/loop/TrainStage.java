package io.github.siked.loop;

import io.github.siked.data.Dataset;
import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.record.Jsonl;
import io.github.siked.record.JsonlReader;
import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import io.github.siked.record.Sample;
import io.github.siked.stage.Manifest;
import io.github.siked.stage.Sha256;
import io.github.siked.stage.UpToDate;
import io.github.siked.stage.Versions;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainResult;
import io.github.siked.student.TrainingExample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The train stage ({@code siked:train}): fine-tunes a student on a file of samples (D_LLM, or a
 * mixed iteration's data), each paired with its problem's question, and writes the student with a
 * manifest. Skipped when the data, the start model and the settings match the manifest.
 */
public final class TrainStage {

    /**
     * @param data the training samples (Sample or graded-sample records)
     * @param dataset the dataset the samples' ids belong to, for the questions
     * @param start the model to start from: a folder with {@code config.json} only trains from scratch
     * @param output the folder the student is written to
     * @param train the training settings
     */
    public record Config(Path data, String dataset, Path start, Path output, TrainConfig train) {}

    private final EventListener listener;

    public TrainStage(EventListener listener) {
        this.listener = listener;
    }

    /** @return the trainer's result, or null when the stage was up to date */
    public TrainResult run(Config config, DatasetResolver datasets, StudentEngine engine) throws IOException {
        Instant started = Instant.now();
        Dataset dataset = datasets.resolve(config.dataset());
        SortedMap<String, Object> settings = new TreeMap<>();
        settings.put("engine", engine.name());
        // Device and precision change the numbers a run produces, so a change of either re-runs the stage.
        engine.settings().forEach((key, value) -> settings.put("engine." + key, value));
        settings.put("train", config.train().toString());
        settings.put("dataset", config.dataset());
        SortedMap<String, String> inputs = new TreeMap<>();
        inputs.put("data", Sha256.of(config.data()));
        inputs.put("dataset " + dataset.name(), dataset.fingerprint());
        inputs.put("start", folderHash(config.start()));
        Path manifest = config.output().resolve("manifest.json");
        if (UpToDate.check(manifest, settings, inputs)) {
            listener.info(
                    "train: up to date, skipped (" + manifest + " records the same data, start model and settings)");
            return null;
        }

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

        SortedMap<String, Object> results = new TreeMap<>();
        results.put("examples", examples.size());
        results.put("steps", result.steps());
        results.put("tokens", result.tokens());
        results.put("finalLoss", result.finalLoss());
        results.put("truncated", result.truncated());
        results.put("rejected", result.rejected());
        new Manifest(
                        "train",
                        settings,
                        new TreeMap<>(Map.of("seed", config.train().seed())),
                        inputs,
                        outputs(config.output()),
                        Versions.base(),
                        results,
                        started,
                        Instant.now())
                .writeTo(manifest);
        return result;
    }

    /**
     * The optimizer steps the finished training in {@code output} took, from its manifest: the loop
     * needs them whether the stage ran now or was skipped.
     */
    public static long recordedSteps(Path output) {
        Path manifest = output.resolve("manifest.json");
        try {
            return Jsonl.MAPPER
                    .readTree(manifest.toFile())
                    .path("results")
                    .path("steps")
                    .asLong();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
    }

    /** One hash over a model folder's files (names and contents, sorted), the manifest left out. */
    static String folderHash(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(
                    "the start model " + folder + " is not a folder: give a folder with config.json"
                            + " (and weights, or none to train from scratch)");
        }
        StringBuilder all = new StringBuilder();
        outputs(folder)
                .forEach((name, hash) ->
                        all.append(name).append('\u0000').append(hash).append('\n'));
        return Sha256.of(all.toString());
    }

    private static SortedMap<String, String> outputs(Path folder) {
        SortedMap<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("manifest.json"))
                    .forEach(f -> hashes.put(folder.relativize(f).toString(), Sha256.of(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return hashes;
    }
}
