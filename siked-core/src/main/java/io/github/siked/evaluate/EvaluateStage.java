package io.github.siked.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.siked.data.Dataset;
import io.github.siked.data.DatasetResolver;
import io.github.siked.eval.DatasetEval;
import io.github.siked.event.EventListener;
import io.github.siked.record.Jsonl;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.stage.AtomicFile;
import io.github.siked.stage.Declaration;
import io.github.siked.stage.FolderFiles;
import io.github.siked.stage.Produced;
import io.github.siked.stage.SiblingFile;
import io.github.siked.stage.Stage;
import io.github.siked.student.EngineRecord;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluate stage ({@code siked:evaluate}): one student, greedy decoding with the strategy left
 * to it, scored on each test set (accuracy with a 95% interval, the strategies it picks and their
 * accuracy), written to {@code evaluation.json}. Each test set is sampled and graded by stages of
 * their own under {@code eval/<dataset>/}.
 */
public final class EvaluateStage implements Stage<Evaluation> {

    /** The scores, by dataset, in the configured order. */
    public static final String EVALUATION = "evaluation.json";

    /** What the manifest records: the engine as it reports itself and the scoring settings. */
    record Recorded(EngineRecord engine, List<String> datasets, int limit, SampleConfig greedy) {}

    private final EvaluateStageConfig config;
    private final List<Dataset> datasets;
    private final StudentEngine engine;
    private final GradedSampling sampling;

    /** Reads the test sets now, so that a bad name fails before anything runs. */
    public EvaluateStage(
            EvaluateStageConfig config,
            DatasetResolver datasets,
            StudentEngine engine,
            SandboxConfig sandbox,
            EventListener listener) {
        this.config = config;
        this.datasets = config.datasets().stream().map(datasets::resolve).toList();
        this.engine = engine;
        this.sampling = new GradedSampling(datasets, engine, sandbox, listener);
    }

    /** A folder for one dataset's evaluation below {@code dir}: {@code synthetic:test} becomes {@code eval/synthetic_test}. */
    public static Path folder(Path dir, String dataset) {
        return dir.resolve("eval").resolve(dataset.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    @Override
    public Declaration<Evaluation> declare() {
        return new Declaration<>(
                "evaluate",
                SiblingFile.of(config.dir().resolve(EVALUATION), ".manifest.json"),
                new Recorded(EngineRecord.of(engine), config.datasets(), config.limit(), config.greedy()),
                Map.of(),
                inputs(),
                Evaluation.class);
    }

    private Map<String, String> inputs() {
        if (!Files.isDirectory(config.student())) {
            throw new IllegalArgumentException("the student " + config.student()
                    + " is not a folder: give the folder of a trained student (config.json and weights)");
        }
        Map<String, String> inputs = new TreeMap<>();
        inputs.put("student", FolderFiles.hash(config.student()));
        datasets.forEach(d -> inputs.put("dataset " + d.name(), d.fingerprint()));
        return inputs;
    }

    @Override
    public Produced<Evaluation> produce() throws IOException {
        List<DatasetEval> scores = new ArrayList<>();
        for (String dataset : config.datasets()) {
            SampleFiles files = SampleFiles.in(folder(config.dir(), dataset));
            DatasetEval eval = sampling.greedy(config.student(), dataset, config.limit(), 0, config.greedy(), files);
            scores.add(eval);
        }
        Evaluation evaluation = new Evaluation(scores);
        Path file = config.dir().resolve(EVALUATION);
        write(file, evaluation.byDataset());
        return Produced.of(evaluation, List.of(file));
    }

    private static void write(Path file, Map<String, DatasetEval> scores) {
        try {
            AtomicFile.write(file, Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(scores) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evaluation scores are not serialisable", e);
        }
    }
}
