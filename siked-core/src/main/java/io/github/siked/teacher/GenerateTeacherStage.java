package io.github.siked.teacher;

import io.github.siked.data.Dataset;
import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.record.JsonlWriter;
import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.stage.Declaration;
import io.github.siked.stage.Produced;
import io.github.siked.stage.Stage;
import io.github.siked.stage.StageRunner;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.prompt.PromptRenderer;
import io.github.siked.verify.VerifyStage;
import io.github.siked.verify.VerifyStageConfig;
import io.github.siked.verify.VerifySummary;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The teacher-data stage (SIKeD section 3, D_LLM): asks the teacher for k samples per training
 * problem and strategy, grades them with the verify stage, and keeps at most {@code
 * keepPerQuestion} correct ones per problem and strategy.
 *
 * <p>Durable: every answer is journaled as it arrives, so a killed build resumes asking only for
 * what is missing, and a shared cache answers requests another experiment already made.
 */
public final class GenerateTeacherStage implements Stage<TeacherSummary> {

    /** What the manifest records; never the API key. */
    record Recorded(
            Teacher teacher, Problems train, List<Strategy> strategies, Sampling sampling, double sandboxCpuSeconds) {}

    /** The teacher as recorded: the backend's identity, the model, samples asked and kept. */
    record Teacher(String backend, String model, int samples, int keepPerQuestion) {}

    /** The problems asked about. */
    record Problems(String dataset, int limit) {}

    private final GenerateTeacherStageConfig config;
    private final Dataset dataset;
    private final DatasetResolver datasets;
    private final TeacherBackend backend;
    private final PromptRenderer prompts;
    private final EventListener listener;

    /** Reads the dataset now, so that a bad name fails before anything runs. */
    public GenerateTeacherStage(
            GenerateTeacherStageConfig config,
            DatasetResolver datasets,
            TeacherBackend backend,
            PromptRenderer prompts,
            EventListener listener) {
        this.config = config;
        this.dataset = datasets.resolve(config.trainDataset());
        this.datasets = datasets;
        this.backend = backend;
        this.prompts = prompts;
        this.listener = listener;
    }

    @Override
    public Declaration<TeacherSummary> declare() {
        TeacherAsking asking = config.teacher();
        Recorded recorded = new Recorded(
                new Teacher(backend.identity(), asking.model(), asking.samples(), asking.keepPerQuestion()),
                new Problems(config.trainDataset(), config.limit()),
                config.strategies(),
                asking.sampling(),
                config.sandbox().cpuSeconds());
        return new Declaration<>(
                "generate-teacher",
                config.manifestFile(),
                recorded,
                Map.of("seed", config.seed()),
                inputs(),
                TeacherSummary.class);
    }

    private Map<String, String> inputs() {
        Map<String, String> inputs = new TreeMap<>(prompts.fileHashes());
        inputs.put("dataset " + dataset.name(), dataset.fingerprint());
        return inputs;
    }

    @Override
    public Produced<TeacherSummary> produce() throws IOException {
        List<Problem> problems = config.limit() == 0
                ? dataset.problems()
                : dataset.problems().subList(0, Math.min(config.limit(), dataset.size()));
        List<PlannedRequest> planned = PlannedRequest.plan(problems, config, prompts, backend);
        TeacherAsking asking = config.teacher();
        TeacherCache cache = asking.cacheDir() == null ? null : new TeacherCache(asking.cacheDir());
        RequestCounts counts;
        Map<String, TeacherCall> calls;
        try (TeacherJournal journal = TeacherJournal.open(config.journal(), listener)) {
            counts = new TeacherAsker(backend, journal, cache, listener).askAll(planned, asking.concurrency());
            calls = journal.calls();
        }
        writeSamples(planned, calls);

        VerifyStageConfig grading = new VerifyStageConfig(
                config.samplesFile(), config.trainDataset(), null, true, config.gradedFile(), config.sandbox());
        VerifySummary graded = new StageRunner(listener)
                .run(new VerifyStage(grading, datasets, listener))
                .result();
        Map<Strategy, TeacherYield> yields =
                TeacherDataSelector.select(config.gradedFile(), config.dataFile(), asking.keepPerQuestion());
        yields.forEach((strategy, y) -> listener.info(String.format(
                Locale.ROOT,
                "teacher yield %s: %d of %d problems solved (%.1f%%), %d samples kept",
                strategy,
                y.solved(),
                y.problems(),
                100.0 * y.solved() / Math.max(1, y.problems()),
                y.kept())));
        return produced(planned, calls, counts, graded.accuracy(), yields);
    }

    /** Samples in plan order (problem, then strategy, then sample index), whatever order answers came in. */
    private void writeSamples(List<PlannedRequest> planned, Map<String, TeacherCall> calls) {
        try (JsonlWriter out = JsonlWriter.create(config.samplesFile())) {
            for (PlannedRequest p : planned) {
                List<String> texts = calls.get(p.key()).texts();
                for (int i = 0; i < texts.size(); i++) {
                    out.write(new Sample(
                            p.request().problem().id(), p.request().strategy(), Origin.TEACHER, 0, i, texts.get(i)));
                }
            }
            out.commit();
        }
    }

    /** The summary, with the token counts and the models and fingerprints that answered. */
    private Produced<TeacherSummary> produced(
            List<PlannedRequest> planned,
            Map<String, TeacherCall> calls,
            RequestCounts counts,
            double gradedAccuracy,
            Map<Strategy, TeacherYield> yields) {
        TreeSet<String> models = new TreeSet<>();
        TreeSet<String> fingerprints = new TreeSet<>();
        long promptTokens = 0;
        long completionTokens = 0;
        for (PlannedRequest p : planned) {
            TeacherCall call = calls.get(p.key());
            models.add(call.model());
            if (call.fingerprint() != null) {
                fingerprints.add(call.fingerprint());
            }
            promptTokens += call.promptTokens();
            completionTokens += call.completionTokens();
        }
        TeacherSummary summary = new TeacherSummary(counts, promptTokens, completionTokens, gradedAccuracy, yields);
        return Produced.of(summary, List.of(config.samplesFile(), config.gradedFile(), config.dataFile()))
                .withVersion("teacher.models", String.join(", ", models))
                .withVersion("teacher.fingerprints", String.join(", ", fingerprints));
    }
}
