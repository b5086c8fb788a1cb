package io.github.siked.sample;

import io.github.siked.data.Dataset;
import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.record.JsonlWriter;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.stage.Declaration;
import io.github.siked.stage.FolderFiles;
import io.github.siked.stage.Produced;
import io.github.siked.stage.Stage;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.EngineRecord;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.StudentSampler;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sample stage ({@code siked:sample}): draws k outputs per problem from a student, with the
 * strategy forced by its pre-filled tag (SIKeD's self-sampling) or left to the student, and writes
 * them as sample records with the stage's manifest beside them.
 */
public final class SampleStage implements Stage<SampleSummary> {

    /** What the manifest records: the engine as it reports itself and the sampling settings. */
    record Recorded(
            EngineRecord engine,
            SampleConfig sample,
            String dataset,
            int limit,
            List<Strategy> forced,
            int iteration) {}

    private final SampleStageConfig config;
    private final Dataset dataset;
    /** The first {@code limit} problems of the dataset, or all of them. */
    private final List<Problem> problems;

    private final StudentEngine engine;
    private final EventListener listener;

    /** Reads the dataset now, so that a bad name fails before anything runs. */
    public SampleStage(
            SampleStageConfig config, DatasetResolver datasets, StudentEngine engine, EventListener listener) {
        this.config = config;
        this.dataset = datasets.resolve(config.dataset());
        this.problems = config.limit() == 0
                ? dataset.problems()
                : dataset.problems().subList(0, Math.min(config.limit(), dataset.size()));
        this.engine = engine;
        this.listener = listener;
    }

    @Override
    public Declaration<SampleSummary> declare() {
        Recorded recorded = new Recorded(
                EngineRecord.of(engine),
                config.sample(),
                config.dataset(),
                config.limit(),
                config.forced(),
                config.iteration());
        return new Declaration<>(
                "sample",
                config.manifestFile(),
                recorded,
                Map.of("seed", config.sample().seed()),
                inputs(),
                SampleSummary.class);
    }

    private Map<String, String> inputs() {
        if (!Files.isDirectory(config.model())) {
            throw new IllegalArgumentException("the student " + config.model()
                    + " is not a folder: give the folder of a trained student (config.json and weights)");
        }
        Map<String, String> inputs = new TreeMap<>();
        inputs.put("model", FolderFiles.hash(config.model()));
        inputs.put("dataset " + dataset.name(), dataset.fingerprint());
        return inputs;
    }

    @Override
    public Produced<SampleSummary> produce() throws IOException {
        long written = 0;
        try (StudentSampler sampler = engine.sampler(config.model(), config.iteration());
                JsonlWriter out = JsonlWriter.create(config.output())) {
            List<Optional<Strategy>> passes = config.forced().isEmpty()
                    ? List.of(Optional.empty())
                    : config.forced().stream().map(Optional::of).toList();
            for (Optional<Strategy> forced : passes) {
                listener.info("sample: " + problems.size() + " problems x "
                        + config.sample().k() + ", strategy "
                        + forced.map(Strategy::id).orElse("chosen by the student"));
                for (Sample sample : sampler.sample(config.sample(), problems, forced, listener)) {
                    out.write(sample);
                    written++;
                }
            }
            out.commit();
        }
        return Produced.of(new SampleSummary(written), List.of(config.output()));
    }
}
