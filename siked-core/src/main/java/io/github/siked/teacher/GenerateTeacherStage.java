package io.github.siked.teacher;

import io.github.siked.data.Dataset;
import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.record.JsonlWriter;
import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.stage.Manifest;
import io.github.siked.stage.Sha256;
import io.github.siked.stage.UpToDate;
import io.github.siked.stage.Versions;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.prompt.PromptRenderer;
import io.github.siked.verify.VerifyConfig;
import io.github.siked.verify.VerifyResult;
import io.github.siked.verify.VerifyStage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The teacher-data stage (SIKeD section 3, D_LLM): asks the teacher for k samples per training
 * problem and strategy, grades them with the verify stage's graders, and keeps at most
 * {@code keepPerQuestion} correct ones per problem and strategy.
 *
 * <p>Durable: every answer is journaled as it arrives, so a killed build resumes asking only for
 * what is missing; a shared cache answers requests another experiment already made; and a rerun
 * whose settings, problems and prompts match the manifest is skipped.
 */
public final class GenerateTeacherStage {

    private final EventListener listener;

    public GenerateTeacherStage(EventListener listener) {
        this.listener = listener;
    }

    /** What the stage produced. */
    public record Result(boolean skipped, Map<Strategy, TeacherYield> yields, RequestCounts counts) {}

    public Result run(
            GenerateTeacherConfig config, DatasetResolver datasets, TeacherBackend backend, PromptRenderer prompts) {
        Instant started = Instant.now();
        Dataset dataset = datasets.resolve(config.trainDataset());
        List<Problem> problems = config.limit() == 0
                ? dataset.problems()
                : dataset.problems().subList(0, Math.min(config.limit(), dataset.size()));
        SortedMap<String, Object> settings = settings(config, backend);
        SortedMap<String, String> inputs = new TreeMap<>(prompts.fileHashes());
        inputs.put("dataset " + dataset.name(), dataset.fingerprint());
        if (UpToDate.check(config.manifestFile(), settings, inputs)) {
            listener.info("generate-teacher: up to date, skipped (" + config.manifestFile() + " records the same"
                    + " problems, prompts and settings)");
            return new Result(true, Map.of(), null);
        }

        List<PlannedRequest> planned = PlannedRequest.plan(problems, config, prompts, backend);
        TeacherCache cache = config.cacheDir() == null ? null : new TeacherCache(config.cacheDir());
        RequestCounts counts;
        Map<String, TeacherCall> calls;
        try (TeacherJournal journal = TeacherJournal.open(config.journal(), listener)) {
            counts = new TeacherAsker(backend, journal, cache, listener).askAll(planned, config.concurrency());
            calls = journal.calls();
        }
        writeSamples(planned, calls, config);

        VerifyResult graded = new VerifyStage(listener)
                .run(
                        new VerifyConfig(
                                config.samplesFile(),
                                config.trainDataset(),
                                null,
                                true,
                                config.gradedFile(),
                                config.sandbox()),
                        datasets);
        Map<Strategy, TeacherYield> yields =
                TeacherDataSelector.select(config.gradedFile(), config.dataFile(), config.keepPerQuestion());
        yields.forEach((strategy, y) -> listener.info(String.format(
                java.util.Locale.ROOT,
                "teacher yield %s: %d of %d problems solved (%.1f%%), %d samples kept",
                strategy,
                y.solved(),
                y.problems(),
                100.0 * y.solved() / Math.max(1, y.problems()),
                y.kept())));

        manifest(config, settings, inputs, planned, calls, counts, yields, graded, started)
                .writeTo(config.manifestFile());
        return new Result(false, yields, counts);
    }

    /** Samples in plan order (problem, then strategy, then sample index), whatever order answers came in. */
    private static void writeSamples(
            List<PlannedRequest> planned, Map<String, TeacherCall> calls, GenerateTeacherConfig config) {
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

    private static SortedMap<String, Object> settings(GenerateTeacherConfig config, TeacherBackend backend) {
        SortedMap<String, Object> settings = new TreeMap<>();
        settings.put("teacher.backend", backend.identity());
        settings.put("teacher.model", config.model());
        settings.put("teacher.samples", config.samples());
        settings.put("teacher.keepPerQuestion", config.keepPerQuestion());
        settings.put("train.dataset", config.trainDataset());
        settings.put("train.limit", config.limit());
        settings.put(
                "strategies", config.strategies().stream().map(Strategy::id).toList());
        settings.put("seed", config.seed());
        settings.put("sampling.temperature", config.sampling().temperature());
        settings.put("sampling.topP", config.sampling().topP());
        settings.put("sampling.maxTokens", config.sampling().maxTokens());
        settings.put("sampling.stop", config.sampling().stop());
        settings.put("sampling.extra", config.sampling().extra());
        settings.put("sandbox.cpuSeconds", config.sandbox().cpuSeconds());
        return settings;
    }

    private static Manifest manifest(
            GenerateTeacherConfig config,
            SortedMap<String, Object> settings,
            SortedMap<String, String> inputs,
            List<PlannedRequest> planned,
            Map<String, TeacherCall> calls,
            RequestCounts counts,
            Map<Strategy, TeacherYield> yields,
            VerifyResult graded,
            Instant started) {
        SortedMap<String, String> outputs = new TreeMap<>();
        for (var file : List.of(config.samplesFile(), config.gradedFile(), config.dataFile())) {
            outputs.put(file.getFileName().toString(), Sha256.of(file));
        }
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
        SortedMap<String, String> versions = Versions.base();
        versions.put("teacher.models", String.join(", ", models));
        versions.put("teacher.fingerprints", String.join(", ", fingerprints));

        SortedMap<String, Object> results = new TreeMap<>();
        results.put("requests", counts.planned());
        results.put("requestsFromJournal", counts.fromJournal());
        results.put("requestsFromCache", counts.fromCache());
        results.put("requestsAsked", counts.asked());
        results.put("promptTokens", promptTokens);
        results.put("completionTokens", completionTokens);
        results.put("gradedAccuracy", graded.summary().accuracy());
        SortedMap<String, Object> yieldTable = new TreeMap<>();
        yields.forEach((s, y) ->
                yieldTable.put(s.id(), Map.of("problems", y.problems(), "solved", y.solved(), "kept", y.kept())));
        results.put("yield", yieldTable);
        return new Manifest(
                "generate-teacher",
                settings,
                new TreeMap<>(Map.of("seed", config.seed())),
                inputs,
                outputs,
                versions,
                results,
                started,
                Instant.now());
    }
}
